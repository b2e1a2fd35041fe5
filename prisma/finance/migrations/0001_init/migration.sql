-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Payment" (
    "payCode" VARCHAR(18) NOT NULL,
    "payTransactionId" VARCHAR(60) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "appType" CHAR(1) NOT NULL,
    "appTime" TIMESTAMPTZ(3) NOT NULL,
    "appStatus" CHAR(1) NOT NULL,
    "payName" TEXT NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "ebpCode" VARCHAR(18) NOT NULL,
    "ebpName" TEXT NOT NULL,
    "payerIdType" CHAR(1) NOT NULL,
    "payerIdNumber" VARCHAR(60) NOT NULL,
    "payerName" TEXT NOT NULL,
    "telephone" VARCHAR(50) NOT NULL,
    "amountPaid" DECIMAL(19,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "payTime" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,
    "returnStatus" INTEGER NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("payCode","payTransactionId")
);

-- CreateIndex
CREATE INDEX "Payment_ebpCode_orderNo_idx" ON "Payment"("ebpCode", "orderNo");

-- CreateIndex
CREATE INDEX "Payment_payTime_idx" ON "Payment"("payTime");

