-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "reference" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEndpoint_createdBy_reference_key" ON "WebhookEndpoint"("createdBy", "reference");

