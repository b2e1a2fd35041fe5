-- AlterTable
ALTER TABLE "InventoryDeclaration" ADD COLUMN     "creditReport" VARCHAR(8);

-- CreateIndex
CREATE INDEX "InventoryDeclaration_creditReport_idx" ON "InventoryDeclaration"("creditReport");

