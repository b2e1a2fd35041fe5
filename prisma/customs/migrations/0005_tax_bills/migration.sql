-- AlterTable
ALTER TABLE "InventoryDeclaration" ADD COLUMN     "taxBillPeriod" CHAR(7);

-- CreateTable
CREATE TABLE "TaxBill" (
    "guarantorUscc" VARCHAR(18) NOT NULL,
    "period" CHAR(7) NOT NULL,
    "customsTax" DECIMAL(19,5) NOT NULL DEFAULT 0,
    "valueAddedTax" DECIMAL(19,5) NOT NULL DEFAULT 0,
    "consumptionTax" DECIMAL(19,5) NOT NULL DEFAULT 0,
    "total" DECIMAL(19,5) NOT NULL DEFAULT 0,
    "listCount" INTEGER NOT NULL DEFAULT 0,
    "dueDate" DATE NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TaxBill_pkey" PRIMARY KEY ("guarantorUscc","period")
);

-- CreateIndex
CREATE INDEX "TaxBill_period_idx" ON "TaxBill"("period");

