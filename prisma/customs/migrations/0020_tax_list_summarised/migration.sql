-- AlterTable
ALTER TABLE "InventoryDeclaration" ADD COLUMN     "taxListSummarisedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "InventoryDeclaration_taxListSummarisedAt_ieDate_idx" ON "InventoryDeclaration"("taxListSummarisedAt", "ieDate");

