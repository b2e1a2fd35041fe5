-- CreateTable
CREATE TABLE "TaxBillPayment" (
    "reference" VARCHAR(60) NOT NULL,
    "guarantorUscc" VARCHAR(18) NOT NULL,
    "period" CHAR(7) NOT NULL,
    "amount" DECIMAL(19,5) NOT NULL,
    "paidAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedBy" TEXT NOT NULL,

    CONSTRAINT "TaxBillPayment_pkey" PRIMARY KEY ("reference")
);

-- CreateIndex
CREATE INDEX "TaxBillPayment_guarantorUscc_period_idx" ON "TaxBillPayment"("guarantorUscc", "period");

