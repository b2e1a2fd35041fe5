-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "FilingAction" AS ENUM ('APPLIED', 'APPROVED', 'REJECTED', 'REVOKED');

-- AlterEnum
ALTER TYPE "FilingStatus" ADD VALUE 'PENDING';

-- DropIndex
DROP INDEX "EnterpriseFiling_uscc_role_key";

-- AlterTable
ALTER TABLE "EnterpriseFiling" ADD COLUMN     "effectiveFrom" DATE,
ADD COLUMN     "revokedFrom" DATE;

-- AlterTable
ALTER TABLE "ProductFiling" ADD COLUMN     "effectiveFrom" DATE,
ADD COLUMN     "itemNo" VARCHAR(30),
ADD COLUMN     "revokedFrom" DATE;

-- CreateTable
CREATE TABLE "ProductFilingApplication" (
    "id" VARCHAR(32) NOT NULL,
    "ownerUscc" VARCHAR(18) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "contentHash" CHAR(64) NOT NULL,
    "hsCode" CHAR(10) NOT NULL,
    "itemNo" VARCHAR(30),
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
    "status" "ApplicationStatus" NOT NULL,
    "appliedAt" TIMESTAMPTZ(3) NOT NULL,
    "appliedBy" VARCHAR(128) NOT NULL,
    "filingNo" VARCHAR(32),

    CONSTRAINT "ProductFilingApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductFilingChange" (
    "id" SERIAL NOT NULL,
    "applicationId" VARCHAR(32),
    "filingNo" VARCHAR(32),
    "action" "FilingAction" NOT NULL,
    "effectiveFrom" DATE,
    "reason" TEXT,
    "changedBy" VARCHAR(128) NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProductFilingChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnterpriseFilingApplication" (
    "id" VARCHAR(32) NOT NULL,
    "uscc" VARCHAR(18) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "contentHash" CHAR(64) NOT NULL,
    "role" "FilingRole" NOT NULL,
    "ciqOrgCode" CHAR(6) NOT NULL,
    "status" "ApplicationStatus" NOT NULL,
    "appliedAt" TIMESTAMPTZ(3) NOT NULL,
    "appliedBy" VARCHAR(128) NOT NULL,
    "filingNo" VARCHAR(32),

    CONSTRAINT "EnterpriseFilingApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnterpriseFilingChange" (
    "id" SERIAL NOT NULL,
    "applicationId" VARCHAR(32),
    "filingNo" VARCHAR(32),
    "action" "FilingAction" NOT NULL,
    "effectiveFrom" DATE,
    "reason" TEXT,
    "changedBy" VARCHAR(128) NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EnterpriseFilingChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProductFilingApplication_filingNo_key" ON "ProductFilingApplication"("filingNo");

-- CreateIndex
CREATE INDEX "ProductFilingApplication_status_appliedAt_idx" ON "ProductFilingApplication"("status", "appliedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProductFilingApplication_ownerUscc_reference_key" ON "ProductFilingApplication"("ownerUscc", "reference");

-- CreateIndex
CREATE INDEX "ProductFilingChange_applicationId_changedAt_idx" ON "ProductFilingChange"("applicationId", "changedAt");

-- CreateIndex
CREATE INDEX "ProductFilingChange_filingNo_changedAt_idx" ON "ProductFilingChange"("filingNo", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EnterpriseFilingApplication_filingNo_key" ON "EnterpriseFilingApplication"("filingNo");

-- CreateIndex
CREATE INDEX "EnterpriseFilingApplication_status_appliedAt_idx" ON "EnterpriseFilingApplication"("status", "appliedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EnterpriseFilingApplication_uscc_reference_key" ON "EnterpriseFilingApplication"("uscc", "reference");

-- CreateIndex
CREATE INDEX "EnterpriseFilingChange_applicationId_changedAt_idx" ON "EnterpriseFilingChange"("applicationId", "changedAt");

-- CreateIndex
CREATE INDEX "EnterpriseFilingChange_filingNo_changedAt_idx" ON "EnterpriseFilingChange"("filingNo", "changedAt");

-- CreateIndex
CREATE INDEX "EnterpriseFiling_uscc_role_idx" ON "EnterpriseFiling"("uscc", "role");

-- CreateIndex
CREATE INDEX "ProductFiling_ownerUscc_hsCode_idx" ON "ProductFiling"("ownerUscc", "hsCode");

-- AddForeignKey
ALTER TABLE "ProductFilingApplication" ADD CONSTRAINT "ProductFilingApplication_filingNo_fkey" FOREIGN KEY ("filingNo") REFERENCES "ProductFiling"("filingNo") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductFilingChange" ADD CONSTRAINT "ProductFilingChange_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ProductFilingApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseFilingApplication" ADD CONSTRAINT "EnterpriseFilingApplication_filingNo_fkey" FOREIGN KEY ("filingNo") REFERENCES "EnterpriseFiling"("filingNo") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseFilingChange" ADD CONSTRAINT "EnterpriseFilingChange_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "EnterpriseFilingApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Filing numbers CIQ assigns on approval, above the demo world's numbers: products CIQ46 and 12 digits,
-- enterprises QY46 and 10 digits.
CREATE SEQUENCE "product_filing_no_seq" START 100000;
CREATE SEQUENCE "enterprise_filing_no_seq" START 100000;
