-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "FilingRole" AS ENUM ('PLATFORM', 'ECOMMERCE', 'LOGISTICS', 'PAYMENT', 'WAREHOUSE');

-- CreateEnum
CREATE TYPE "FilingStatus" AS ENUM ('FILED', 'SUSPENDED', 'REVOKED');

-- CreateEnum
CREATE TYPE "BusinessType" AS ENUM ('BONDED_ZONE', 'BONDED_WAREHOUSE', 'DIRECT_PURCHASE');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "InspectionKind" AS ENUM ('SAMPLING', 'PHYSICAL');

-- CreateEnum
CREATE TYPE "InspectionResult" AS ENUM ('PENDING', 'PASSED', 'FAILED');

-- CreateEnum
CREATE TYPE "Disposal" AS ENUM ('RELEASE', 'RETURN', 'DESTROY');

-- CreateTable
CREATE TABLE "EnterpriseFiling" (
    "filingNo" VARCHAR(32) NOT NULL,
    "uscc" VARCHAR(18) NOT NULL,
    "role" "FilingRole" NOT NULL,
    "ciqOrgCode" CHAR(6) NOT NULL,
    "status" "FilingStatus" NOT NULL,
    "filedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EnterpriseFiling_pkey" PRIMARY KEY ("filingNo")
);

-- CreateTable
CREATE TABLE "ProductFiling" (
    "filingNo" VARCHAR(32) NOT NULL,
    "cusGoodsNo" VARCHAR(32),
    "ownerUscc" VARCHAR(18) NOT NULL,
    "hsCode" CHAR(10) NOT NULL,
    "barCode" VARCHAR(50),
    "goodsName" TEXT NOT NULL,
    "goodsStyle" TEXT,
    "brand" TEXT,
    "originCountry" CHAR(3) NOT NULL,
    "manufacturer" TEXT NOT NULL,
    "unit" CHAR(3) NOT NULL,
    "regPrice" DECIMAL(19,5) NOT NULL,
    "businessType" "BusinessType" NOT NULL,
    "riskLevel" "RiskLevel" NOT NULL,
    "status" "FilingStatus" NOT NULL,
    "filedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProductFiling_pkey" PRIMARY KEY ("filingNo")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" VARCHAR(32) NOT NULL,
    "agentCode" VARCHAR(18) NOT NULL,
    "copNo" VARCHAR(20) NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "result" "InspectionResult" NOT NULL,
    "disposal" "Disposal",
    "reason" TEXT NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,
    "inspectedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EnterpriseFiling_filedAt_idx" ON "EnterpriseFiling"("filedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EnterpriseFiling_uscc_role_key" ON "EnterpriseFiling"("uscc", "role");

-- CreateIndex
CREATE INDEX "ProductFiling_ownerUscc_idx" ON "ProductFiling"("ownerUscc");

-- CreateIndex
CREATE INDEX "ProductFiling_hsCode_idx" ON "ProductFiling"("hsCode");

-- CreateIndex
CREATE INDEX "ProductFiling_filedAt_idx" ON "ProductFiling"("filedAt");

-- CreateIndex
CREATE INDEX "Inspection_agentCode_copNo_decidedAt_idx" ON "Inspection"("agentCode", "copNo", "decidedAt");

-- CreateIndex
CREATE INDEX "Inspection_decidedAt_idx" ON "Inspection"("decidedAt");

