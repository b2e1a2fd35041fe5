-- AlterTable: the goods value of each list, from its lines, then required.
ALTER TABLE "InventoryDeclaration" ADD COLUMN     "goodsValue" DECIMAL(19,5);

UPDATE "InventoryDeclaration" AS d
SET "goodsValue" = COALESCE((SELECT sum(l."totalPrice") FROM "InventoryLine" AS l WHERE l."agentCode" = d."agentCode" AND l."copNo" = d."copNo"), 0);

ALTER TABLE "InventoryDeclaration" ALTER COLUMN "goodsValue" SET NOT NULL;
