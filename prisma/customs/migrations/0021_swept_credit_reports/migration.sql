-- CreateTable
CREATE TABLE "SweptCreditReport" (
    "reference" VARCHAR(200) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "uscc" VARCHAR(18) NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "description" TEXT NOT NULL,
    "creditReport" VARCHAR(8) NOT NULL,

    CONSTRAINT "SweptCreditReport_pkey" PRIMARY KEY ("reference")
);

-- CreateIndex
CREATE INDEX "SweptCreditReport_creditReport_idx" ON "SweptCreditReport"("creditReport");

