-- CreateEnum
CREATE TYPE "RiskSubject" AS ENUM ('PRODUCT', 'ORIGIN');

-- AlterTable
ALTER TABLE "SamplingDecision" ADD COLUMN     "buyerIdHash" CHAR(64),
ADD COLUMN     "draw" DECIMAL(10,9),
ADD COLUMN     "ebpCode" VARCHAR(18),
ADD COLUMN     "orderNo" VARCHAR(60),
ADD COLUMN     "rate" DECIMAL(10,9),
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "riskLevel" "RiskLevel",
ADD COLUMN     "rule" VARCHAR(10);

-- AlterTable
ALTER TABLE "SamplingDecisionFiling" ADD COLUMN     "originRiskLevel" "RiskLevel",
ADD COLUMN     "riskLevel" "RiskLevel";

-- CreateTable
CREATE TABLE "SamplingDraw" (
    "ebpCode" VARCHAR(18) NOT NULL,
    "orderNo" VARCHAR(60) NOT NULL,
    "draw" DECIMAL(10,9) NOT NULL,
    "buyerIdHash" CHAR(64) NOT NULL,
    "drawnAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SamplingDraw_pkey" PRIMARY KEY ("ebpCode","orderNo")
);

-- CreateTable
CREATE TABLE "OriginRisk" (
    "country" CHAR(3) NOT NULL,
    "riskLevel" "RiskLevel" NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OriginRisk_pkey" PRIMARY KEY ("country")
);

-- CreateTable
CREATE TABLE "RiskLevelChange" (
    "id" SERIAL NOT NULL,
    "subject" "RiskSubject" NOT NULL,
    "subjectKey" VARCHAR(32) NOT NULL,
    "fromLevel" "RiskLevel" NOT NULL,
    "toLevel" "RiskLevel" NOT NULL,
    "raised" BOOLEAN NOT NULL,
    "rule" VARCHAR(10) NOT NULL,
    "reason" TEXT NOT NULL,
    "inspectionId" VARCHAR(32) NOT NULL,
    "changedBy" VARCHAR(128) NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RiskLevelChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RiskLevelChange_subject_subjectKey_changedAt_idx" ON "RiskLevelChange"("subject", "subjectKey", "changedAt");

-- CreateIndex
CREATE INDEX "RiskLevelChange_raised_changedAt_idx" ON "RiskLevelChange"("raised", "changedAt");

