-- AlterTable
ALTER TABLE "ExportRebateList" ADD COLUMN     "openInvtNo" VARCHAR(18);

-- Backfill: a list of an application not rejected is taken; where several applications already hold one
-- list, the earliest keeps it.
UPDATE "ExportRebateList" l SET "openInvtNo" = l."invtNo"
FROM (
  SELECT DISTINCT ON (r."invtNo") r."ebcCode", r."applicationNo", r."invtNo"
  FROM "ExportRebateList" r JOIN "ExportRebateApplication" a ON a."ebcCode" = r."ebcCode" AND a."applicationNo" = r."applicationNo"
  WHERE a."status" <> 'REJECTED'
  ORDER BY r."invtNo", a."createdAt", a."applicationNo"
) earliest
WHERE l."ebcCode" = earliest."ebcCode" AND l."applicationNo" = earliest."applicationNo" AND l."invtNo" = earliest."invtNo";

-- CreateIndex
CREATE UNIQUE INDEX "ExportRebateList_openInvtNo_key" ON "ExportRebateList"("openInvtNo");

