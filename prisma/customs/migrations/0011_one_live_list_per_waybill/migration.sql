-- AlterTable
ALTER TABLE "ExportDeclaration" ADD COLUMN     "departureCopNo" VARCHAR(20),
ADD COLUMN     "liveWaybill" VARCHAR(80);

-- Backfill: every list not cancelled (100) is live on its waybill; where a waybill already carries several,
-- the newest one (by appTime, then copNo) keeps it, as the departure check used to read the newest.
UPDATE "ExportDeclaration" d SET "liveWaybill" = d."logisticsCode" || '|' || d."logisticsNo"
FROM (
  SELECT DISTINCT ON ("logisticsCode", "logisticsNo") "agentCode", "copNo"
  FROM "ExportDeclaration"
  WHERE "returnStatus" <> 100
  ORDER BY "logisticsCode", "logisticsNo", "appTime" DESC, "copNo" DESC
) newest
WHERE d."agentCode" = newest."agentCode" AND d."copNo" = newest."copNo";

-- CreateIndex
CREATE UNIQUE INDEX "ExportDeclaration_liveWaybill_key" ON "ExportDeclaration"("liveWaybill");

