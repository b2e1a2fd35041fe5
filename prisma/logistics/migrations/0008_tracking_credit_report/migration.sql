-- AlterTable
ALTER TABLE "TrackingEvent" ADD COLUMN     "creditReport" VARCHAR(8);

-- CreateIndex
CREATE INDEX "TrackingEvent_creditReport_idx" ON "TrackingEvent"("creditReport");

