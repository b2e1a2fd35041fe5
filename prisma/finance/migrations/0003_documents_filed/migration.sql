-- AlterTable
-- Documents filed before content hashes existed get a hash no submission can have: a resend of one of
-- them with appType 1 is answered as a duplicate rather than matched as the same document.
ALTER TABLE "Payment" ADD COLUMN     "contentHash" CHAR(64) NOT NULL DEFAULT repeat('0', 64),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Payment" ALTER COLUMN "contentHash" DROP DEFAULT;

-- CreateTable
CREATE TABLE "PaymentReceipt" (
    "id" UUID NOT NULL,
    "payCode" VARCHAR(18) NOT NULL,
    "payTransactionId" VARCHAR(60) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "version" INTEGER NOT NULL,
    "returnStatus" INTEGER NOT NULL,
    "returnInfo" TEXT NOT NULL,
    "returnTime" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentVersion" (
    "payCode" VARCHAR(18) NOT NULL,
    "payTransactionId" VARCHAR(60) NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "replacedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentVersion_pkey" PRIMARY KEY ("payCode","payTransactionId","version")
);

-- CreateIndex
CREATE INDEX "PaymentReceipt_payCode_payTransactionId_returnTime_idx" ON "PaymentReceipt"("payCode", "payTransactionId", "returnTime");

-- AddForeignKey
ALTER TABLE "PaymentReceipt" ADD CONSTRAINT "PaymentReceipt_payCode_payTransactionId_fkey" FOREIGN KEY ("payCode", "payTransactionId") REFERENCES "Payment"("payCode", "payTransactionId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentVersion" ADD CONSTRAINT "PaymentVersion_payCode_payTransactionId_fkey" FOREIGN KEY ("payCode", "payTransactionId") REFERENCES "Payment"("payCode", "payTransactionId") ON DELETE CASCADE ON UPDATE CASCADE;


-- Every existing document keeps the receipt it was given, now on record.
INSERT INTO "PaymentReceipt" ("id", "payCode", "payTransactionId", "guid", "version", "returnStatus", "returnInfo", "returnTime")
SELECT gen_random_uuid(), "payCode", "payTransactionId", "guid", 1, "returnStatus", 'receipt issued before receipts were kept', "appTime" FROM "Payment";
