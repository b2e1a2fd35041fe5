-- AlterTable
ALTER TABLE "ProductFilingApplication" ADD COLUMN     "cusGoodsNo" VARCHAR(32);

