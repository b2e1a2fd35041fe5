-- AlterTable
ALTER TABLE "ExportRebateApplication" ADD COLUMN     "creditReport" VARCHAR(8);

-- CreateIndex
CREATE INDEX "ExportRebateApplication_creditReport_idx" ON "ExportRebateApplication"("creditReport");

