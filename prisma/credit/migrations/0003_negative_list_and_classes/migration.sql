-- AlterTable: existing entries took effect on the day (China) they were listed and stopped on the day they were removed.
ALTER TABLE "NegativeListEntry" ADD COLUMN     "effectiveFrom" DATE,
ADD COLUMN     "evidenceRef" TEXT,
ADD COLUMN     "legalBasis" TEXT,
ADD COLUMN     "listedBy" VARCHAR(200),
ADD COLUMN     "removalReason" TEXT,
ADD COLUMN     "removedBy" VARCHAR(200),
ADD COLUMN     "removedOn" DATE;
UPDATE "NegativeListEntry" SET "effectiveFrom" = ("listedAt" AT TIME ZONE INTERVAL '+08:00')::date,
  "removedOn" = ("removedAt" AT TIME ZONE INTERVAL '+08:00')::date;
ALTER TABLE "NegativeListEntry" ALTER COLUMN "effectiveFrom" SET NOT NULL;

-- CreateTable
CREATE TABLE "CreditClassChange" (
    "id" VARCHAR(32) NOT NULL,
    "uscc" VARCHAR(18) NOT NULL,
    "fromClass" "CreditClass",
    "toClass" "CreditClass" NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedBy" VARCHAR(200) NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CreditClassChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CreditClassChange_uscc_effectiveFrom_decidedAt_idx" ON "CreditClassChange"("uscc", "effectiveFrom", "decidedAt");

-- CreateIndex
CREATE INDEX "NegativeListEntry_uscc_effectiveFrom_idx" ON "NegativeListEntry"("uscc", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "CreditClassChange" ADD CONSTRAINT "CreditClassChange_uscc_fkey" FOREIGN KEY ("uscc") REFERENCES "Enterprise"("uscc") ON DELETE RESTRICT ON UPDATE CASCADE;

