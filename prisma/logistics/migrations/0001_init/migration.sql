-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TrackingStatus" AS ENUM ('DECLARED', 'ARRIVED', 'INSPECTING', 'RELEASED', 'DEPARTED', 'IN_TRANSIT', 'DELIVERED', 'RETURNED', 'DETAINED');

-- CreateTable
CREATE TABLE "Waybill" (
    "logisticsCode" VARCHAR(18) NOT NULL,
    "logisticsNo" VARCHAR(60) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "appType" CHAR(1) NOT NULL,
    "appTime" TIMESTAMPTZ(3) NOT NULL,
    "appStatus" CHAR(1) NOT NULL,
    "logisticsName" TEXT NOT NULL,
    "billNo" VARCHAR(37),
    "orderNo" VARCHAR(60) NOT NULL,
    "freight" DECIMAL(19,5) NOT NULL,
    "insuredFee" DECIMAL(19,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "weight" DECIMAL(19,5) NOT NULL,
    "packNo" INTEGER NOT NULL,
    "goodsInfo" TEXT,
    "consignee" TEXT NOT NULL,
    "consigneeAddress" TEXT NOT NULL,
    "consigneeTelephone" VARCHAR(50) NOT NULL,
    "note" TEXT,
    "returnStatus" INTEGER NOT NULL,
    "status" "TrackingStatus" NOT NULL,

    CONSTRAINT "Waybill_pkey" PRIMARY KEY ("logisticsCode","logisticsNo")
);

-- CreateTable
CREATE TABLE "TrackingEvent" (
    "id" VARCHAR(40) NOT NULL,
    "logisticsCode" VARCHAR(18) NOT NULL,
    "logisticsNo" VARCHAR(60) NOT NULL,
    "status" "TrackingStatus" NOT NULL,
    "sourceCode" VARCHAR(8),
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT,
    "description" TEXT NOT NULL,

    CONSTRAINT "TrackingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Waybill_orderNo_idx" ON "Waybill"("orderNo");

-- CreateIndex
CREATE INDEX "Waybill_appTime_idx" ON "Waybill"("appTime");

-- CreateIndex
CREATE INDEX "Waybill_status_appTime_idx" ON "Waybill"("status", "appTime");

-- CreateIndex
CREATE INDEX "TrackingEvent_logisticsCode_logisticsNo_occurredAt_idx" ON "TrackingEvent"("logisticsCode", "logisticsNo", "occurredAt");

-- AddForeignKey
ALTER TABLE "TrackingEvent" ADD CONSTRAINT "TrackingEvent_logisticsCode_logisticsNo_fkey" FOREIGN KEY ("logisticsCode", "logisticsNo") REFERENCES "Waybill"("logisticsCode", "logisticsNo") ON DELETE CASCADE ON UPDATE CASCADE;

