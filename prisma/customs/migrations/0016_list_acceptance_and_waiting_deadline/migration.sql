-- AlterTable
ALTER TABLE "InventoryDeclaration" ADD COLUMN     "acceptedAt" TIMESTAMPTZ(3),
ADD COLUMN     "waitingUntil" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "InventoryDeclaration_buyerIdNumber_acceptedAt_idx" ON "InventoryDeclaration"("buyerIdNumber", "acceptedAt");


-- Lists accepted before this migration (those with an invtNo): accepted when customs first answered 120, 500
-- or 800, as their receipts record; the list's last answer where no such receipt is kept. Lists still waiting
-- get their deadline from customs' first sweep after the upgrade (declare-inventory.ts).
UPDATE "InventoryDeclaration" d
SET "acceptedAt" = COALESCE(
  (SELECT min(r."returnTime") FROM "DeclarationReceipt" r
   WHERE r."agentCode" = d."agentCode" AND r."copNo" = d."copNo" AND r."messageType" = 'CEB622' AND r."returnStatus" IN (120, 500, 800)),
  d."returnTime")
WHERE d."invtNo" IS NOT NULL;
