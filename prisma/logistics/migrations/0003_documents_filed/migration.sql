-- AlterTable
-- Documents filed before content hashes existed get a hash no submission can have: a resend of one of
-- them with appType 1 is answered as a duplicate rather than matched as the same document.
ALTER TABLE "Waybill" ADD COLUMN     "contentHash" CHAR(64) NOT NULL DEFAULT repeat('0', 64),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Waybill" ALTER COLUMN "contentHash" DROP DEFAULT;

-- CreateTable
CREATE TABLE "WaybillReceipt" (
    "id" UUID NOT NULL,
    "logisticsCode" VARCHAR(18) NOT NULL,
    "logisticsNo" VARCHAR(60) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "version" INTEGER NOT NULL,
    "returnStatus" INTEGER NOT NULL,
    "returnInfo" TEXT NOT NULL,
    "returnTime" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WaybillReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaybillVersion" (
    "logisticsCode" VARCHAR(18) NOT NULL,
    "logisticsNo" VARCHAR(60) NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "replacedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WaybillVersion_pkey" PRIMARY KEY ("logisticsCode","logisticsNo","version")
);

-- CreateIndex
CREATE INDEX "WaybillReceipt_logisticsCode_logisticsNo_returnTime_idx" ON "WaybillReceipt"("logisticsCode", "logisticsNo", "returnTime");

-- AddForeignKey
ALTER TABLE "WaybillReceipt" ADD CONSTRAINT "WaybillReceipt_logisticsCode_logisticsNo_fkey" FOREIGN KEY ("logisticsCode", "logisticsNo") REFERENCES "Waybill"("logisticsCode", "logisticsNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaybillVersion" ADD CONSTRAINT "WaybillVersion_logisticsCode_logisticsNo_fkey" FOREIGN KEY ("logisticsCode", "logisticsNo") REFERENCES "Waybill"("logisticsCode", "logisticsNo") ON DELETE CASCADE ON UPDATE CASCADE;


-- Every existing document keeps the receipt it was given, now on record.
INSERT INTO "WaybillReceipt" ("id", "logisticsCode", "logisticsNo", "guid", "version", "returnStatus", "returnInfo", "returnTime")
SELECT gen_random_uuid(), "logisticsCode", "logisticsNo", "guid", 1, "returnStatus", 'receipt issued before receipts were kept', "appTime" FROM "Waybill";
