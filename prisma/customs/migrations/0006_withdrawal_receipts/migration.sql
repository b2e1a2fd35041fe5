-- AlterTable
ALTER TABLE "DeclarationReceipt" ADD COLUMN     "messageType" CHAR(6) NOT NULL DEFAULT 'CEB622';

-- CreateIndex
CREATE INDEX "DeclarationReceipt_guid_idx" ON "DeclarationReceipt"("guid");

