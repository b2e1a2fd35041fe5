-- AlterTable
ALTER TABLE "ExportDeclaration" ADD COLUMN     "waybillVersion" INTEGER;

