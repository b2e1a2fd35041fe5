-- AlterTable
ALTER TABLE "PersonalDataRead" ADD COLUMN     "onBehalfOf" TEXT;

