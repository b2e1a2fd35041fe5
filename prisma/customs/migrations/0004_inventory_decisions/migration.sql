-- Lists declared before content hashes existed get a hash no submission can have (a resend of one is a
-- duplicate); their dutiable value is what the buyer paid for goods, freight and insurance.
-- AlterTable
ALTER TABLE "InventoryDeclaration" ADD COLUMN     "consumptionTax" DECIMAL(19,5),
ADD COLUMN     "contentHash" CHAR(64) NOT NULL DEFAULT repeat('0', 64),
ADD COLUMN     "customsTax" DECIMAL(19,5),
ADD COLUMN     "decision" JSONB,
ADD COLUMN     "dutiableValue" DECIMAL(19,5),
ADD COLUMN     "taxTotal" DECIMAL(19,5),
ADD COLUMN     "valueAddedTax" DECIMAL(19,5),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "InventoryDeclaration" ALTER COLUMN "contentHash" DROP DEFAULT;

-- CreateTable
CREATE TABLE "DeclarationReceipt" (
    "id" UUID NOT NULL,
    "agentCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "guid" CHAR(36) NOT NULL,
    "version" INTEGER NOT NULL,
    "returnStatus" INTEGER NOT NULL,
    "returnInfo" TEXT NOT NULL,
    "returnTime" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeclarationReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeclarationReceipt_agentCode_copNo_returnTime_idx" ON "DeclarationReceipt"("agentCode", "copNo", "returnTime");

-- AddForeignKey
ALTER TABLE "DeclarationReceipt" ADD CONSTRAINT "DeclarationReceipt_agentCode_copNo_fkey" FOREIGN KEY ("agentCode", "copNo") REFERENCES "InventoryDeclaration"("agentCode", "copNo") ON DELETE CASCADE ON UPDATE CASCADE;


UPDATE "InventoryDeclaration" d
SET "dutiableValue" = l.goods + d."freight" + d."insuredFee"
FROM (SELECT "agentCode", "copNo", sum("totalPrice") AS goods FROM "InventoryLine" GROUP BY "agentCode", "copNo") l
WHERE l."agentCode" = d."agentCode" AND l."copNo" = d."copNo";

INSERT INTO "DeclarationReceipt" ("id", "agentCode", "copNo", "guid", "version", "returnStatus", "returnInfo", "returnTime")
SELECT gen_random_uuid(), "agentCode", "copNo", "guid", 1, "returnStatus", coalesce("returnInfo", 'receipt issued before receipts were kept'), coalesce("returnTime", "appTime")
FROM "InventoryDeclaration";

-- Numbers customs assigns: preNo (B + date + 9 digits) when a list is filed, invtNo (district + year + I + 9 digits) when accepted.
CREATE SEQUENCE "pre_no_seq" START 100000001;
CREATE SEQUENCE "invt_no_seq" START 100000001;
