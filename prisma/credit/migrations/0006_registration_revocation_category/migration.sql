-- CreateEnum
CREATE TYPE "RevocationCategory" AS ENUM ('FALSE_DECLARATIONS', 'SMUGGLING', 'TAX_EVASION', 'LICENCE_WITHDRAWN', 'CEASED_BUSINESS', 'APPLICATION_REFUSED', 'OTHER');

-- AlterTable
ALTER TABLE "EnterpriseVersion" ADD COLUMN     "revocationCategory" "RevocationCategory";

-- CreateIndex
CREATE INDEX "EnterpriseVersion_status_effectiveOn_idx" ON "EnterpriseVersion"("status", "effectiveOn");

