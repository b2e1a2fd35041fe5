-- CreateEnum
CREATE TYPE "ExportRebateStatus" AS ENUM ('SUBMITTED', 'REVIEWED', 'APPROVED', 'REJECTED', 'PAID');

-- CreateTable
CREATE TABLE "ExportReceipt" (
    "payCode" VARCHAR(18) NOT NULL,
    "payNo" VARCHAR(60) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "appType" CHAR(1) NOT NULL,
    "appTime" TIMESTAMPTZ(3) NOT NULL,
    "appStatus" CHAR(1) NOT NULL,
    "ebpCode" VARCHAR(18) NOT NULL,
    "ebpName" TEXT NOT NULL,
    "ebcCode" VARCHAR(18) NOT NULL,
    "ebcName" TEXT NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "payName" TEXT NOT NULL,
    "charge" DECIMAL(19,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "accountingDate" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,
    "exchangeRate" DECIMAL(18,8) NOT NULL,
    "rmbAmount" DECIMAL(19,2) NOT NULL,
    "rmbSettlement" BOOLEAN NOT NULL,
    "returnStatus" INTEGER NOT NULL,
    "contentHash" CHAR(64) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ExportReceipt_pkey" PRIMARY KEY ("payCode","payNo")
);

-- CreateTable
CREATE TABLE "ExportReceiptReturn" (
    "id" UUID NOT NULL,
    "payCode" VARCHAR(18) NOT NULL,
    "payNo" VARCHAR(60) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "version" INTEGER NOT NULL,
    "returnStatus" INTEGER NOT NULL,
    "returnInfo" TEXT NOT NULL,
    "returnTime" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExportReceiptReturn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExportReceiptVersion" (
    "payCode" VARCHAR(18) NOT NULL,
    "payNo" VARCHAR(60) NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "replacedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExportReceiptVersion_pkey" PRIMARY KEY ("payCode","payNo","version")
);

-- CreateTable
CREATE TABLE "ExportRebateApplication" (
    "ebcCode" VARCHAR(18) NOT NULL,
    "applicationNo" VARCHAR(60) NOT NULL,
    "entryId" VARCHAR(18) NOT NULL,
    "openEntryId" VARCHAR(18),
    "appTime" TIMESTAMPTZ(3) NOT NULL,
    "status" "ExportRebateStatus" NOT NULL,
    "creditClass" TEXT,
    "greenChannel" BOOLEAN NOT NULL,
    "reviewDeadline" TIMESTAMPTZ(3),
    "exportDate" DATE NOT NULL,
    "valueCny" DECIMAL(19,2) NOT NULL,
    "rebateAmount" DECIMAL(19,2) NOT NULL,
    "submittedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExportRebateApplication_pkey" PRIMARY KEY ("ebcCode","applicationNo")
);

-- CreateTable
CREATE TABLE "ExportRebateItem" (
    "ebcCode" VARCHAR(18) NOT NULL,
    "applicationNo" VARCHAR(60) NOT NULL,
    "gnum" INTEGER NOT NULL,
    "gcode" VARCHAR(10) NOT NULL,
    "country" CHAR(3) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "totalPrice" DECIMAL(19,5) NOT NULL,
    "referenceRate" DECIMAL(18,8) NOT NULL,
    "valueCny" DECIMAL(19,2) NOT NULL,
    "rebateRate" DECIMAL(5,2),
    "rateConfidence" CHAR(1),
    "rebateAmount" DECIMAL(19,2) NOT NULL,

    CONSTRAINT "ExportRebateItem_pkey" PRIMARY KEY ("ebcCode","applicationNo","gnum")
);

-- CreateTable
CREATE TABLE "ExportRebateList" (
    "ebcCode" VARCHAR(18) NOT NULL,
    "applicationNo" VARCHAR(60) NOT NULL,
    "invtNo" VARCHAR(18) NOT NULL,
    "ebpCode" VARCHAR(18) NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "goodsValue" DECIMAL(19,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "received" DECIMAL(19,5) NOT NULL,

    CONSTRAINT "ExportRebateList_pkey" PRIMARY KEY ("ebcCode","applicationNo","invtNo")
);

-- CreateTable
CREATE TABLE "ExportRebateDecision" (
    "id" UUID NOT NULL,
    "ebcCode" VARCHAR(18) NOT NULL,
    "applicationNo" VARCHAR(60) NOT NULL,
    "fromStatus" "ExportRebateStatus",
    "toStatus" "ExportRebateStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedBy" TEXT NOT NULL,
    "automatic" BOOLEAN NOT NULL DEFAULT false,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExportRebateDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExportReceipt_ebpCode_orderNo_idx" ON "ExportReceipt"("ebpCode", "orderNo");

-- CreateIndex
CREATE INDEX "ExportReceipt_ebcCode_accountingDate_idx" ON "ExportReceipt"("ebcCode", "accountingDate");

-- CreateIndex
CREATE INDEX "ExportReceipt_accountingDate_idx" ON "ExportReceipt"("accountingDate");

-- CreateIndex
CREATE INDEX "ExportReceiptReturn_payCode_payNo_returnTime_idx" ON "ExportReceiptReturn"("payCode", "payNo", "returnTime");

-- CreateIndex
CREATE UNIQUE INDEX "ExportRebateApplication_openEntryId_key" ON "ExportRebateApplication"("openEntryId");

-- CreateIndex
CREATE INDEX "ExportRebateApplication_entryId_idx" ON "ExportRebateApplication"("entryId");

-- CreateIndex
CREATE INDEX "ExportRebateApplication_status_greenChannel_idx" ON "ExportRebateApplication"("status", "greenChannel");

-- CreateIndex
CREATE INDEX "ExportRebateApplication_createdAt_idx" ON "ExportRebateApplication"("createdAt");

-- CreateIndex
CREATE INDEX "ExportRebateList_ebpCode_orderNo_idx" ON "ExportRebateList"("ebpCode", "orderNo");

-- CreateIndex
CREATE INDEX "ExportRebateDecision_ebcCode_applicationNo_decidedAt_idx" ON "ExportRebateDecision"("ebcCode", "applicationNo", "decidedAt");

-- AddForeignKey
ALTER TABLE "ExportReceiptReturn" ADD CONSTRAINT "ExportReceiptReturn_payCode_payNo_fkey" FOREIGN KEY ("payCode", "payNo") REFERENCES "ExportReceipt"("payCode", "payNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportReceiptVersion" ADD CONSTRAINT "ExportReceiptVersion_payCode_payNo_fkey" FOREIGN KEY ("payCode", "payNo") REFERENCES "ExportReceipt"("payCode", "payNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportRebateItem" ADD CONSTRAINT "ExportRebateItem_ebcCode_applicationNo_fkey" FOREIGN KEY ("ebcCode", "applicationNo") REFERENCES "ExportRebateApplication"("ebcCode", "applicationNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportRebateList" ADD CONSTRAINT "ExportRebateList_ebcCode_applicationNo_fkey" FOREIGN KEY ("ebcCode", "applicationNo") REFERENCES "ExportRebateApplication"("ebcCode", "applicationNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportRebateDecision" ADD CONSTRAINT "ExportRebateDecision_ebcCode_applicationNo_fkey" FOREIGN KEY ("ebcCode", "applicationNo") REFERENCES "ExportRebateApplication"("ebcCode", "applicationNo") ON DELETE CASCADE ON UPDATE CASCADE;

