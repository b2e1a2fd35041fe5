-- CreateTable
CREATE TABLE "SamplingDecision" (
    "agentCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,
    "selected" BOOLEAN NOT NULL,
    "creditClass" VARCHAR(20),

    CONSTRAINT "SamplingDecision_pkey" PRIMARY KEY ("agentCode","copNo")
);

-- CreateTable
CREATE TABLE "SamplingDecisionFiling" (
    "agentCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "filingNo" VARCHAR(32) NOT NULL,

    CONSTRAINT "SamplingDecisionFiling_pkey" PRIMARY KEY ("agentCode","copNo","filingNo")
);

-- CreateIndex
CREATE INDEX "SamplingDecision_decidedAt_idx" ON "SamplingDecision"("decidedAt");

-- CreateIndex
CREATE INDEX "SamplingDecisionFiling_filingNo_idx" ON "SamplingDecisionFiling"("filingNo");

-- AddForeignKey
ALTER TABLE "SamplingDecisionFiling" ADD CONSTRAINT "SamplingDecisionFiling_agentCode_copNo_fkey" FOREIGN KEY ("agentCode", "copNo") REFERENCES "SamplingDecision"("agentCode", "copNo") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingDecisionFiling" ADD CONSTRAINT "SamplingDecisionFiling_filingNo_fkey" FOREIGN KEY ("filingNo") REFERENCES "ProductFiling"("filingNo") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Backfill: before this migration CIQ kept only the lists it selected (their inspections), so those are
-- the decisions that can be recovered: each inspected list once, selected, decided when its first
-- inspection was, credit class unknown. Lists decided but not selected before now were never stored; their
-- goods were customs' to know, so decisions recovered here name no filings.
INSERT INTO "SamplingDecision" ("agentCode", "copNo", "decidedAt", "selected", "creditClass")
SELECT "agentCode", "copNo", min("decidedAt"), true, NULL FROM "Inspection" GROUP BY "agentCode", "copNo"
ON CONFLICT DO NOTHING;
