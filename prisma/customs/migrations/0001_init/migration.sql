-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Order" (
    "ebpCode" VARCHAR(18) NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "appType" CHAR(1) NOT NULL,
    "appTime" TIMESTAMPTZ(3) NOT NULL,
    "appStatus" CHAR(1) NOT NULL,
    "orderType" CHAR(1) NOT NULL DEFAULT 'I',
    "ebpName" TEXT NOT NULL,
    "ebcCode" VARCHAR(18) NOT NULL,
    "ebcName" TEXT NOT NULL,
    "goodsValue" DECIMAL(19,5) NOT NULL,
    "freight" DECIMAL(19,5) NOT NULL,
    "discount" DECIMAL(19,5) NOT NULL,
    "taxTotal" DECIMAL(19,5) NOT NULL,
    "acturalPaid" DECIMAL(19,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "buyerRegNo" VARCHAR(60) NOT NULL,
    "buyerName" TEXT NOT NULL,
    "buyerTelephone" VARCHAR(50) NOT NULL,
    "buyerIdType" CHAR(1) NOT NULL,
    "buyerIdNumber" VARCHAR(60) NOT NULL,
    "payCode" VARCHAR(18) NOT NULL,
    "payName" TEXT NOT NULL,
    "payTransactionId" VARCHAR(60) NOT NULL,
    "batchNumbers" TEXT,
    "consignee" TEXT NOT NULL,
    "consigneeTelephone" VARCHAR(50) NOT NULL,
    "consigneeAddress" TEXT NOT NULL,
    "consigneeDistrict" CHAR(6) NOT NULL,
    "note" TEXT,
    "returnStatus" INTEGER NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("ebpCode","orderNo")
);

-- CreateTable
CREATE TABLE "OrderLine" (
    "ebpCode" VARCHAR(18) NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "gnum" INTEGER NOT NULL,
    "itemNo" VARCHAR(30) NOT NULL,
    "itemName" TEXT NOT NULL,
    "gmodel" TEXT,
    "itemDescribe" TEXT,
    "barCode" VARCHAR(50),
    "unit" CHAR(3) NOT NULL,
    "qty" DECIMAL(19,5) NOT NULL,
    "price" DECIMAL(19,5) NOT NULL,
    "totalPrice" DECIMAL(19,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "country" CHAR(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("ebpCode","orderNo","gnum")
);

-- CreateTable
CREATE TABLE "InventoryDeclaration" (
    "agentCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "appType" CHAR(1) NOT NULL,
    "appTime" TIMESTAMPTZ(3) NOT NULL,
    "appStatus" CHAR(1) NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "ebpCode" VARCHAR(18) NOT NULL,
    "ebpName" TEXT NOT NULL,
    "ebcCode" VARCHAR(18) NOT NULL,
    "ebcName" TEXT NOT NULL,
    "logisticsNo" VARCHAR(60) NOT NULL,
    "logisticsCode" VARCHAR(18) NOT NULL,
    "logisticsName" TEXT NOT NULL,
    "preNo" CHAR(18),
    "invtNo" CHAR(18),
    "assureCode" VARCHAR(18) NOT NULL,
    "emsNo" VARCHAR(30),
    "ieFlag" CHAR(1) NOT NULL DEFAULT 'I',
    "declTime" DATE NOT NULL,
    "customsCode" CHAR(4) NOT NULL,
    "portCode" CHAR(4) NOT NULL,
    "ieDate" DATE,
    "buyerIdType" CHAR(1) NOT NULL,
    "buyerIdNumber" VARCHAR(60) NOT NULL,
    "buyerName" TEXT NOT NULL,
    "buyerTelephone" VARCHAR(50) NOT NULL,
    "consigneeAddress" TEXT NOT NULL,
    "agentName" TEXT NOT NULL,
    "areaCode" VARCHAR(18),
    "areaName" TEXT,
    "tradeMode" CHAR(4) NOT NULL,
    "trafMode" CHAR(1) NOT NULL,
    "trafNo" VARCHAR(100),
    "voyageNo" VARCHAR(32),
    "billNo" VARCHAR(37),
    "loctNo" VARCHAR(10),
    "licenseNo" VARCHAR(19),
    "country" CHAR(3) NOT NULL,
    "freight" DECIMAL(19,5) NOT NULL,
    "insuredFee" DECIMAL(19,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "wrapType" VARCHAR(1),
    "packNo" INTEGER NOT NULL,
    "grossWeight" DECIMAL(19,5) NOT NULL,
    "netWeight" DECIMAL(19,5) NOT NULL,
    "note" TEXT,
    "returnStatus" INTEGER NOT NULL,
    "returnInfo" TEXT,
    "returnTime" TIMESTAMPTZ(3),

    CONSTRAINT "InventoryDeclaration_pkey" PRIMARY KEY ("agentCode","copNo")
);

-- CreateTable
CREATE TABLE "InventoryLine" (
    "agentCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "gnum" INTEGER NOT NULL,
    "itemRecordNo" VARCHAR(30),
    "itemNo" VARCHAR(30),
    "itemName" TEXT,
    "gcode" CHAR(10) NOT NULL,
    "gname" TEXT NOT NULL,
    "gmodel" TEXT NOT NULL,
    "barCode" VARCHAR(50) NOT NULL,
    "country" CHAR(3) NOT NULL,
    "tradeCountry" CHAR(3),
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
    "filingNo" VARCHAR(32),

    CONSTRAINT "InventoryLine_pkey" PRIMARY KEY ("agentCode","copNo","gnum")
);

-- CreateIndex
CREATE INDEX "Order_appTime_idx" ON "Order"("appTime");

-- CreateIndex
CREATE INDEX "Order_ebcCode_appTime_idx" ON "Order"("ebcCode", "appTime");

-- CreateIndex
CREATE INDEX "Order_returnStatus_appTime_idx" ON "Order"("returnStatus", "appTime");

-- CreateIndex
CREATE UNIQUE INDEX "InventoryDeclaration_preNo_key" ON "InventoryDeclaration"("preNo");

-- CreateIndex
CREATE UNIQUE INDEX "InventoryDeclaration_invtNo_key" ON "InventoryDeclaration"("invtNo");

-- CreateIndex
CREATE INDEX "InventoryDeclaration_ebpCode_orderNo_idx" ON "InventoryDeclaration"("ebpCode", "orderNo");

-- CreateIndex
CREATE INDEX "InventoryDeclaration_logisticsCode_logisticsNo_idx" ON "InventoryDeclaration"("logisticsCode", "logisticsNo");

-- CreateIndex
CREATE INDEX "InventoryDeclaration_declTime_idx" ON "InventoryDeclaration"("declTime");

-- CreateIndex
CREATE INDEX "InventoryDeclaration_returnStatus_declTime_idx" ON "InventoryDeclaration"("returnStatus", "declTime");

-- CreateIndex
CREATE INDEX "InventoryDeclaration_ebcCode_declTime_idx" ON "InventoryDeclaration"("ebcCode", "declTime");

-- CreateIndex
CREATE INDEX "InventoryDeclaration_assureCode_declTime_idx" ON "InventoryDeclaration"("assureCode", "declTime");

-- CreateIndex
CREATE INDEX "InventoryLine_gcode_idx" ON "InventoryLine"("gcode");

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_ebpCode_orderNo_fkey" FOREIGN KEY ("ebpCode", "orderNo") REFERENCES "Order"("ebpCode", "orderNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryLine" ADD CONSTRAINT "InventoryLine_agentCode_copNo_fkey" FOREIGN KEY ("agentCode", "copNo") REFERENCES "InventoryDeclaration"("agentCode", "copNo") ON DELETE CASCADE ON UPDATE CASCADE;

