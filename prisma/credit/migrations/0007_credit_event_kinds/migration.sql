-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CreditEventKind" ADD VALUE 'LIST_REJECTED';
ALTER TYPE "CreditEventKind" ADD VALUE 'SUMMARY_LATE';
ALTER TYPE "CreditEventKind" ADD VALUE 'REBATE_REFUSED';
ALTER TYPE "CreditEventKind" ADD VALUE 'LOGISTICS_ANOMALY';
ALTER TYPE "CreditEventKind" ADD VALUE 'CLEAN_RECORD';

