-- CreateTable
CREATE TABLE "ExportOrder" (
    "ebpCode" VARCHAR(18) NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "appType" CHAR(1) NOT NULL,
    "appTime" TIMESTAMPTZ(3) NOT NULL,
    "appStatus" CHAR(1) NOT NULL,
    "orderType" CHAR(1) NOT NULL DEFAULT 'E',
    "ebpName" TEXT NOT NULL,
    "ebcCode" VARCHAR(18) NOT NULL,
    "ebcName" TEXT NOT NULL,
    "goodsValue" DECIMAL(19,5) NOT NULL,
    "freight" DECIMAL(19,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "note" TEXT,
    "returnStatus" INTEGER NOT NULL,
    "contentHash" CHAR(64) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ExportOrder_pkey" PRIMARY KEY ("ebpCode","orderNo")
);

-- CreateTable
CREATE TABLE "ExportOrderLine" (
    "ebpCode" VARCHAR(18) NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "gnum" INTEGER NOT NULL,
    "itemNo" VARCHAR(30) NOT NULL,
    "itemName" TEXT NOT NULL,
    "itemDescribe" TEXT,
    "barCode" VARCHAR(50),
    "unit" CHAR(3) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "qty" DECIMAL(19,5) NOT NULL,
    "price" DECIMAL(19,5) NOT NULL,
    "totalPrice" DECIMAL(19,5) NOT NULL,
    "note" TEXT,

    CONSTRAINT "ExportOrderLine_pkey" PRIMARY KEY ("ebpCode","orderNo","gnum")
);

-- CreateTable
CREATE TABLE "ExportOrderReceipt" (
    "id" UUID NOT NULL,
    "ebpCode" VARCHAR(18) NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "version" INTEGER NOT NULL,
    "returnStatus" INTEGER NOT NULL,
    "returnInfo" TEXT NOT NULL,
    "returnTime" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExportOrderReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExportOrderVersion" (
    "ebpCode" VARCHAR(18) NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "replacedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExportOrderVersion_pkey" PRIMARY KEY ("ebpCode","orderNo","version")
);

-- CreateTable
CREATE TABLE "ExportDeclaration" (
    "agentCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "appType" CHAR(1) NOT NULL,
    "appTime" TIMESTAMPTZ(3) NOT NULL,
    "appStatus" CHAR(1) NOT NULL,
    "customsCode" CHAR(4) NOT NULL,
    "ebpCode" VARCHAR(18) NOT NULL,
    "ebpName" TEXT NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "logisticsCode" VARCHAR(18) NOT NULL,
    "logisticsName" TEXT NOT NULL,
    "logisticsNo" VARCHAR(60) NOT NULL,
    "preNo" CHAR(18),
    "invtNo" CHAR(18),
    "ieFlag" CHAR(1) NOT NULL DEFAULT 'E',
    "portCode" CHAR(4) NOT NULL,
    "ieDate" DATE NOT NULL,
    "statisticsFlag" CHAR(1) NOT NULL,
    "agentName" TEXT NOT NULL,
    "ebcCode" VARCHAR(18) NOT NULL,
    "ebcName" TEXT NOT NULL,
    "ownerCode" VARCHAR(18) NOT NULL,
    "ownerName" TEXT NOT NULL,
    "iacCode" VARCHAR(18),
    "iacName" TEXT,
    "emsNo" VARCHAR(30),
    "tradeMode" CHAR(4) NOT NULL,
    "trafMode" CHAR(1) NOT NULL,
    "trafName" TEXT,
    "voyageNo" VARCHAR(32),
    "billNo" VARCHAR(37),
    "totalPackageNo" VARCHAR(50),
    "loctNo" VARCHAR(10),
    "licenseNo" VARCHAR(19),
    "country" CHAR(3) NOT NULL,
    "pod" VARCHAR(20) NOT NULL,
    "freight" DECIMAL(19,5) NOT NULL,
    "fCurrency" CHAR(3) NOT NULL,
    "fFlag" CHAR(1) NOT NULL,
    "insuredFee" DECIMAL(19,5) NOT NULL,
    "iCurrency" CHAR(3) NOT NULL,
    "iFlag" CHAR(1) NOT NULL,
    "wrapType" VARCHAR(1),
    "packNo" INTEGER NOT NULL,
    "grossWeight" DECIMAL(19,5) NOT NULL,
    "netWeight" DECIMAL(19,5) NOT NULL,
    "note" TEXT,
    "goodsValue" DECIMAL(19,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "returnStatus" INTEGER NOT NULL,
    "returnInfo" TEXT,
    "releasedAt" TIMESTAMPTZ(3),
    "sumNo" VARCHAR(18),
    "contentHash" CHAR(64) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ExportDeclaration_pkey" PRIMARY KEY ("agentCode","copNo")
);

-- CreateTable
CREATE TABLE "ExportInventoryLine" (
    "agentCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "gnum" INTEGER NOT NULL,
    "itemNo" VARCHAR(30),
    "itemRecordNo" VARCHAR(30),
    "itemName" TEXT,
    "gcode" VARCHAR(10) NOT NULL,
    "gname" TEXT NOT NULL,
    "gmodel" TEXT NOT NULL,
    "barCode" VARCHAR(50),
    "country" CHAR(3) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "qty" DECIMAL(19,5) NOT NULL,
    "qty1" DECIMAL(19,5) NOT NULL,
    "qty2" DECIMAL(19,5),
    "unit" CHAR(3) NOT NULL,
    "unit1" CHAR(3) NOT NULL,
    "unit2" CHAR(3),
    "price" DECIMAL(19,5) NOT NULL,
    "totalPrice" DECIMAL(19,5) NOT NULL,
    "note" TEXT,

    CONSTRAINT "ExportInventoryLine_pkey" PRIMARY KEY ("agentCode","copNo","gnum")
);

-- CreateTable
CREATE TABLE "ExportDeclarationReceipt" (
    "id" UUID NOT NULL,
    "agentCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "messageType" CHAR(6) NOT NULL DEFAULT 'CEB604',
    "guid" CHAR(36) NOT NULL,
    "version" INTEGER NOT NULL,
    "returnStatus" INTEGER NOT NULL,
    "returnInfo" TEXT NOT NULL,
    "returnTime" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExportDeclarationReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SummaryDeclaration" (
    "sumNo" VARCHAR(18) NOT NULL,
    "agentCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "appTime" TIMESTAMPTZ(3) NOT NULL,
    "customsCode" CHAR(4) NOT NULL,
    "agentName" TEXT NOT NULL,
    "ebcCode" VARCHAR(18) NOT NULL,
    "ebcName" TEXT NOT NULL,
    "declAgentCode" VARCHAR(18) NOT NULL,
    "declAgentName" TEXT NOT NULL,
    "startTime" DATE NOT NULL,
    "endTime" DATE NOT NULL,
    "loctNo" VARCHAR(10),
    "summaryFlag" CHAR(1) NOT NULL,
    "itemNameFlag" CHAR(1),
    "dueDate" DATE NOT NULL,
    "filedLate" BOOLEAN NOT NULL,
    "contentHash" CHAR(64) NOT NULL,
    "returnStatus" INTEGER NOT NULL,
    "returnInfo" TEXT NOT NULL,
    "returnTime" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SummaryDeclaration_pkey" PRIMARY KEY ("sumNo")
);

-- CreateTable
CREATE TABLE "SummaryResult" (
    "entryId" CHAR(18) NOT NULL,
    "declSeqNo" CHAR(18) NOT NULL,
    "sumNo" VARCHAR(18) NOT NULL,
    "decState" VARCHAR(3) NOT NULL,
    "ebcCode" VARCHAR(18) NOT NULL,
    "ownerCode" VARCHAR(18),
    "trafMode" CHAR(1) NOT NULL,
    "country" CHAR(3) NOT NULL,
    "portCode" CHAR(4) NOT NULL,
    "totalPrice" DECIMAL(19,5) NOT NULL,
    "lists" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SummaryResult_pkey" PRIMARY KEY ("entryId")
);

-- CreateTable
CREATE TABLE "SummaryItem" (
    "entryId" CHAR(18) NOT NULL,
    "gnum" INTEGER NOT NULL,
    "gcode" CHAR(10) NOT NULL,
    "gname" TEXT NOT NULL,
    "country" CHAR(3) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "qty" DECIMAL(19,5) NOT NULL,
    "qty1" DECIMAL(19,5) NOT NULL,
    "totalPrice" DECIMAL(19,5) NOT NULL,
    "lineCount" INTEGER NOT NULL,

    CONSTRAINT "SummaryItem_pkey" PRIMARY KEY ("entryId","gnum")
);

-- CreateIndex
CREATE INDEX "ExportOrder_ebcCode_appTime_idx" ON "ExportOrder"("ebcCode", "appTime");

-- CreateIndex
CREATE INDEX "ExportOrderReceipt_ebpCode_orderNo_returnTime_idx" ON "ExportOrderReceipt"("ebpCode", "orderNo", "returnTime");

-- CreateIndex
CREATE UNIQUE INDEX "ExportDeclaration_preNo_key" ON "ExportDeclaration"("preNo");

-- CreateIndex
CREATE UNIQUE INDEX "ExportDeclaration_invtNo_key" ON "ExportDeclaration"("invtNo");

-- CreateIndex
CREATE INDEX "ExportDeclaration_ebpCode_orderNo_idx" ON "ExportDeclaration"("ebpCode", "orderNo");

-- CreateIndex
CREATE INDEX "ExportDeclaration_logisticsCode_logisticsNo_idx" ON "ExportDeclaration"("logisticsCode", "logisticsNo");

-- CreateIndex
CREATE INDEX "ExportDeclaration_ebcCode_releasedAt_idx" ON "ExportDeclaration"("ebcCode", "releasedAt");

-- CreateIndex
CREATE INDEX "ExportDeclaration_statisticsFlag_returnStatus_releasedAt_idx" ON "ExportDeclaration"("statisticsFlag", "returnStatus", "releasedAt");

-- CreateIndex
CREATE INDEX "ExportDeclaration_ieDate_idx" ON "ExportDeclaration"("ieDate");

-- CreateIndex
CREATE INDEX "ExportDeclaration_sumNo_idx" ON "ExportDeclaration"("sumNo");

-- CreateIndex
CREATE INDEX "ExportInventoryLine_gcode_idx" ON "ExportInventoryLine"("gcode");

-- CreateIndex
CREATE INDEX "ExportDeclarationReceipt_agentCode_copNo_returnTime_idx" ON "ExportDeclarationReceipt"("agentCode", "copNo", "returnTime");

-- CreateIndex
CREATE INDEX "ExportDeclarationReceipt_guid_idx" ON "ExportDeclarationReceipt"("guid");

-- CreateIndex
CREATE INDEX "SummaryDeclaration_ebcCode_startTime_idx" ON "SummaryDeclaration"("ebcCode", "startTime");

-- CreateIndex
CREATE UNIQUE INDEX "SummaryDeclaration_agentCode_copNo_key" ON "SummaryDeclaration"("agentCode", "copNo");

-- CreateIndex
CREATE UNIQUE INDEX "SummaryResult_declSeqNo_key" ON "SummaryResult"("declSeqNo");

-- CreateIndex
CREATE INDEX "SummaryResult_sumNo_idx" ON "SummaryResult"("sumNo");

-- CreateIndex
CREATE INDEX "SummaryResult_ebcCode_idx" ON "SummaryResult"("ebcCode");

-- AddForeignKey
ALTER TABLE "ExportOrderLine" ADD CONSTRAINT "ExportOrderLine_ebpCode_orderNo_fkey" FOREIGN KEY ("ebpCode", "orderNo") REFERENCES "ExportOrder"("ebpCode", "orderNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportOrderReceipt" ADD CONSTRAINT "ExportOrderReceipt_ebpCode_orderNo_fkey" FOREIGN KEY ("ebpCode", "orderNo") REFERENCES "ExportOrder"("ebpCode", "orderNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportOrderVersion" ADD CONSTRAINT "ExportOrderVersion_ebpCode_orderNo_fkey" FOREIGN KEY ("ebpCode", "orderNo") REFERENCES "ExportOrder"("ebpCode", "orderNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportDeclaration" ADD CONSTRAINT "ExportDeclaration_sumNo_fkey" FOREIGN KEY ("sumNo") REFERENCES "SummaryDeclaration"("sumNo") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportInventoryLine" ADD CONSTRAINT "ExportInventoryLine_agentCode_copNo_fkey" FOREIGN KEY ("agentCode", "copNo") REFERENCES "ExportDeclaration"("agentCode", "copNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportDeclarationReceipt" ADD CONSTRAINT "ExportDeclarationReceipt_agentCode_copNo_fkey" FOREIGN KEY ("agentCode", "copNo") REFERENCES "ExportDeclaration"("agentCode", "copNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryResult" ADD CONSTRAINT "SummaryResult_sumNo_fkey" FOREIGN KEY ("sumNo") REFERENCES "SummaryDeclaration"("sumNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryItem" ADD CONSTRAINT "SummaryItem_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "SummaryResult"("entryId") ON DELETE CASCADE ON UPDATE CASCADE;


-- Numbers customs gives summaries (sumNo) and their declaration forms (entryId, declSeqNo).
CREATE SEQUENCE "sum_no_seq" START 100000001;
CREATE SEQUENCE "entry_no_seq" START 100000001;
