-- A cancelled export list (CEB605) has the standard's status 399; 100 is a rejection. Lists cancelled
-- before this migration were stored as 100, as were their CEB606 receipts.
UPDATE "ExportDeclaration" SET "returnStatus" = 399 WHERE "returnStatus" = 100;
UPDATE "ExportDeclarationReceipt" SET "returnStatus" = 399 WHERE "returnStatus" = 100 AND "messageType" = 'CEB606';
