-- CreateEnum
CREATE TYPE "ExportWaybillStatus" AS ENUM ('FILED', 'ARRIVED', 'DEPARTED');

-- CreateTable
CREATE TABLE "ExportWaybill" (
    "logisticsCode" VARCHAR(18) NOT NULL,
    "logisticsNo" VARCHAR(60) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "appType" CHAR(1) NOT NULL,
    "appTime" TIMESTAMPTZ(3) NOT NULL,
    "appStatus" CHAR(1) NOT NULL,
    "logisticsName" TEXT NOT NULL,
    "freight" DECIMAL(19,5) NOT NULL,
    "insuredFee" DECIMAL(19,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "grossWeight" DECIMAL(19,5) NOT NULL,
    "packNo" INTEGER NOT NULL,
    "goodsInfo" TEXT NOT NULL,
    "ebcCode" VARCHAR(18) NOT NULL,
    "ebcName" TEXT NOT NULL,
    "ebcTelephone" VARCHAR(50),
    "note" TEXT,
    "returnStatus" INTEGER NOT NULL,
    "status" "ExportWaybillStatus" NOT NULL DEFAULT 'FILED',
    "arrivedAt" TIMESTAMPTZ(3),
    "departedAt" TIMESTAMPTZ(3),
    "contentHash" CHAR(64) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ExportWaybill_pkey" PRIMARY KEY ("logisticsCode","logisticsNo")
);

-- CreateTable
CREATE TABLE "ExportWaybillReceipt" (
    "id" UUID NOT NULL,
    "messageType" CHAR(6) NOT NULL,
    "logisticsCode" VARCHAR(18) NOT NULL,
    "logisticsNo" VARCHAR(60) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "version" INTEGER NOT NULL,
    "returnStatus" INTEGER NOT NULL,
    "returnInfo" TEXT NOT NULL,
    "returnTime" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExportWaybillReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExportWaybillVersion" (
    "logisticsCode" VARCHAR(18) NOT NULL,
    "logisticsNo" VARCHAR(60) NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "replacedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExportWaybillVersion_pkey" PRIMARY KEY ("logisticsCode","logisticsNo","version")
);

-- CreateTable
CREATE TABLE "ExportArrival" (
    "logisticsCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "appType" CHAR(1) NOT NULL,
    "appTime" TIMESTAMPTZ(3) NOT NULL,
    "appStatus" CHAR(1) NOT NULL,
    "customsCode" CHAR(4) NOT NULL,
    "operatorCode" VARCHAR(18) NOT NULL,
    "operatorName" TEXT NOT NULL,
    "loctNo" VARCHAR(10) NOT NULL,
    "ieFlag" CHAR(1) NOT NULL,
    "trafMode" VARCHAR(1) NOT NULL,
    "billNo" VARCHAR(37),
    "logisticsName" TEXT NOT NULL,
    "note" TEXT,
    "contentHash" CHAR(64) NOT NULL,
    "returnStatus" INTEGER NOT NULL,
    "returnInfo" TEXT NOT NULL,
    "returnTime" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExportArrival_pkey" PRIMARY KEY ("logisticsCode","copNo")
);

-- CreateTable
CREATE TABLE "ExportArrivalItem" (
    "logisticsCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "gnum" INTEGER NOT NULL,
    "logisticsNo" VARCHAR(60) NOT NULL,
    "totalPackageNo" VARCHAR(50),
    "note" TEXT,

    CONSTRAINT "ExportArrivalItem_pkey" PRIMARY KEY ("logisticsCode","copNo","gnum")
);

-- CreateTable
CREATE TABLE "ExportDeparture" (
    "logisticsCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "appType" CHAR(1) NOT NULL,
    "appTime" TIMESTAMPTZ(3) NOT NULL,
    "appStatus" CHAR(1) NOT NULL,
    "customsCode" CHAR(4) NOT NULL,
    "trafMode" VARCHAR(1) NOT NULL,
    "trafName" TEXT NOT NULL,
    "voyageNo" VARCHAR(32) NOT NULL,
    "billNo" VARCHAR(37) NOT NULL,
    "leaveTime" TIMESTAMPTZ(3) NOT NULL,
    "logisticsName" TEXT NOT NULL,
    "note" TEXT,
    "contentHash" CHAR(64) NOT NULL,
    "returnStatus" INTEGER NOT NULL,
    "returnInfo" TEXT NOT NULL,
    "returnTime" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExportDeparture_pkey" PRIMARY KEY ("logisticsCode","copNo")
);

-- CreateTable
CREATE TABLE "ExportDepartureItem" (
    "logisticsCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "gnum" INTEGER NOT NULL,
    "logisticsNo" VARCHAR(60) NOT NULL,
    "totalPackageNo" VARCHAR(50),
    "note" TEXT,

    CONSTRAINT "ExportDepartureItem_pkey" PRIMARY KEY ("logisticsCode","copNo","gnum")
);

-- CreateIndex
CREATE INDEX "ExportWaybill_appTime_idx" ON "ExportWaybill"("appTime");

-- CreateIndex
CREATE INDEX "ExportWaybill_ebcCode_appTime_idx" ON "ExportWaybill"("ebcCode", "appTime");

-- CreateIndex
CREATE INDEX "ExportWaybill_status_appTime_idx" ON "ExportWaybill"("status", "appTime");

-- CreateIndex
CREATE INDEX "ExportWaybillReceipt_logisticsCode_logisticsNo_returnTime_idx" ON "ExportWaybillReceipt"("logisticsCode", "logisticsNo", "returnTime");

-- CreateIndex
CREATE UNIQUE INDEX "ExportArrivalItem_logisticsCode_logisticsNo_key" ON "ExportArrivalItem"("logisticsCode", "logisticsNo");

-- CreateIndex
CREATE UNIQUE INDEX "ExportDepartureItem_logisticsCode_logisticsNo_key" ON "ExportDepartureItem"("logisticsCode", "logisticsNo");

-- AddForeignKey
ALTER TABLE "ExportWaybillReceipt" ADD CONSTRAINT "ExportWaybillReceipt_logisticsCode_logisticsNo_fkey" FOREIGN KEY ("logisticsCode", "logisticsNo") REFERENCES "ExportWaybill"("logisticsCode", "logisticsNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportWaybillVersion" ADD CONSTRAINT "ExportWaybillVersion_logisticsCode_logisticsNo_fkey" FOREIGN KEY ("logisticsCode", "logisticsNo") REFERENCES "ExportWaybill"("logisticsCode", "logisticsNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportArrivalItem" ADD CONSTRAINT "ExportArrivalItem_logisticsCode_copNo_fkey" FOREIGN KEY ("logisticsCode", "copNo") REFERENCES "ExportArrival"("logisticsCode", "copNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportArrivalItem" ADD CONSTRAINT "ExportArrivalItem_logisticsCode_logisticsNo_fkey" FOREIGN KEY ("logisticsCode", "logisticsNo") REFERENCES "ExportWaybill"("logisticsCode", "logisticsNo") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportDepartureItem" ADD CONSTRAINT "ExportDepartureItem_logisticsCode_copNo_fkey" FOREIGN KEY ("logisticsCode", "copNo") REFERENCES "ExportDeparture"("logisticsCode", "copNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportDepartureItem" ADD CONSTRAINT "ExportDepartureItem_logisticsCode_logisticsNo_fkey" FOREIGN KEY ("logisticsCode", "logisticsNo") REFERENCES "ExportWaybill"("logisticsCode", "logisticsNo") ON DELETE RESTRICT ON UPDATE CASCADE;

