-- AlterTable
-- Lists declared before this migration take their codes as filed: a USCC is itself; a customs code (named
-- only since the onboarding work, before any release) cannot be resolved here, credit's data is elsewhere.
ALTER TABLE "InventoryDeclaration" ADD COLUMN     "agentUscc" VARCHAR(18),
ADD COLUMN     "assureUscc" VARCHAR(18),
ADD COLUMN     "ebcUscc" VARCHAR(18),
ADD COLUMN     "ebpUscc" VARCHAR(18),
ADD COLUMN     "logisticsUscc" VARCHAR(18);

UPDATE "InventoryDeclaration" SET "agentUscc" = "agentCode", "assureUscc" = "assureCode", "ebcUscc" = "ebcCode", "ebpUscc" = "ebpCode", "logisticsUscc" = "logisticsCode";

ALTER TABLE "InventoryDeclaration" ALTER COLUMN "agentUscc" SET NOT NULL,
ALTER COLUMN "assureUscc" SET NOT NULL,
ALTER COLUMN "ebcUscc" SET NOT NULL,
ALTER COLUMN "ebpUscc" SET NOT NULL,
ALTER COLUMN "logisticsUscc" SET NOT NULL;

-- CreateIndex
CREATE INDEX "InventoryDeclaration_ebcUscc_declTime_idx" ON "InventoryDeclaration"("ebcUscc", "declTime");

-- CreateIndex
CREATE INDEX "InventoryDeclaration_assureUscc_declTime_idx" ON "InventoryDeclaration"("assureUscc", "declTime");

-- CreateIndex
CREATE INDEX "InventoryDeclaration_agentUscc_declTime_idx" ON "InventoryDeclaration"("agentUscc", "declTime");
