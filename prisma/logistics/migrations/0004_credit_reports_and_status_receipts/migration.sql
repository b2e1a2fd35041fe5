-- AlterTable
ALTER TABLE "WaybillReceipt" ADD COLUMN     "messageType" CHAR(6) NOT NULL DEFAULT 'CEB512';

