-- AlterTable
-- Orders filed before content hashes existed get a hash no submission can have: a resend of one of them
-- with appType 1 is answered as a duplicate (-301010) rather than matched as the same document.
ALTER TABLE "Order" ADD COLUMN     "contentHash" CHAR(64) NOT NULL DEFAULT repeat('0', 64),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Order" ALTER COLUMN "contentHash" DROP DEFAULT;

-- CreateTable
CREATE TABLE "OrderReceipt" (
    "id" UUID NOT NULL,
    "ebpCode" VARCHAR(18) NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "version" INTEGER NOT NULL,
    "returnStatus" INTEGER NOT NULL,
    "returnInfo" TEXT NOT NULL,
    "returnTime" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderVersion" (
    "ebpCode" VARCHAR(18) NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "replacedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderVersion_pkey" PRIMARY KEY ("ebpCode","orderNo","version")
);

-- CreateIndex
CREATE INDEX "OrderReceipt_ebpCode_orderNo_returnTime_idx" ON "OrderReceipt"("ebpCode", "orderNo", "returnTime");

-- AddForeignKey
ALTER TABLE "OrderReceipt" ADD CONSTRAINT "OrderReceipt_ebpCode_orderNo_fkey" FOREIGN KEY ("ebpCode", "orderNo") REFERENCES "Order"("ebpCode", "orderNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderVersion" ADD CONSTRAINT "OrderVersion_ebpCode_orderNo_fkey" FOREIGN KEY ("ebpCode", "orderNo") REFERENCES "Order"("ebpCode", "orderNo") ON DELETE CASCADE ON UPDATE CASCADE;


-- Every existing order keeps the receipt it was given, now on record.
INSERT INTO "OrderReceipt" ("id", "ebpCode", "orderNo", "guid", "version", "returnStatus", "returnInfo", "returnTime")
SELECT gen_random_uuid(), "ebpCode", "orderNo", "guid", 1, "returnStatus", 'receipt issued before receipts were kept', "appTime" FROM "Order";
