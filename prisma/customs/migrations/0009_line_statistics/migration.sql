-- AlterTable
ALTER TABLE "InventoryLine" ADD COLUMN     "assureCode" VARCHAR(18),
ADD COLUMN     "customsCode" CHAR(4),
ADD COLUMN     "declTime" DATE,
ADD COLUMN     "ebcCode" VARCHAR(18),
ADD COLUMN     "ebpCode" VARCHAR(18),
ADD COLUMN     "firstOfChapter" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "firstOfChapterOrigin" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "firstOfHeading" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "firstOfHeadingOrigin" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "firstOfOrigin" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "logisticsCode" VARCHAR(18),
ADD COLUMN     "returnStatus" INTEGER,
ADD COLUMN     "taxShare" DECIMAL(34,15),
ADD COLUMN     "tradeMode" CHAR(4);

-- CreateIndex
CREATE INDEX "InventoryLine_declTime_idx" ON "InventoryLine"("declTime");


-- Backfill: each line takes its list's columns and tax share; the first line (lowest gnum) of a list in
-- each group carries that group's flag.
UPDATE "InventoryLine" AS l
SET "declTime" = d."declTime", "tradeMode" = d."tradeMode", "ebpCode" = d."ebpCode", "ebcCode" = d."ebcCode",
    "logisticsCode" = d."logisticsCode", "assureCode" = d."assureCode", "customsCode" = d."customsCode",
    "returnStatus" = d."returnStatus",
    "taxShare" = CASE WHEN d."goodsValue" > 0 THEN d."taxTotal" * l."totalPrice" / d."goodsValue" END
FROM "InventoryDeclaration" AS d
WHERE d."agentCode" = l."agentCode" AND d."copNo" = l."copNo";

UPDATE "InventoryLine" AS l
SET "firstOfChapter" = f.chapter = 1, "firstOfHeading" = f.heading = 1, "firstOfOrigin" = f.origin = 1,
    "firstOfChapterOrigin" = f.chapter_origin = 1, "firstOfHeadingOrigin" = f.heading_origin = 1
FROM (
  SELECT "agentCode", "copNo", "gnum",
    row_number() OVER (PARTITION BY "agentCode", "copNo", left("gcode", 2) ORDER BY "gnum") AS chapter,
    row_number() OVER (PARTITION BY "agentCode", "copNo", left("gcode", 4) ORDER BY "gnum") AS heading,
    row_number() OVER (PARTITION BY "agentCode", "copNo", "country" ORDER BY "gnum") AS origin,
    row_number() OVER (PARTITION BY "agentCode", "copNo", left("gcode", 2), "country" ORDER BY "gnum") AS chapter_origin,
    row_number() OVER (PARTITION BY "agentCode", "copNo", left("gcode", 4), "country" ORDER BY "gnum") AS heading_origin
  FROM "InventoryLine"
) AS f
WHERE f."agentCode" = l."agentCode" AND f."copNo" = l."copNo" AND f."gnum" = l."gnum";

-- A new line takes its list's columns, and a group's flag when no line of its list is in that group yet
-- (a list's lines are only ever inserted together, or all removed and inserted again).
CREATE FUNCTION "inventory_line_from_list"() RETURNS trigger AS $$
DECLARE
  list "InventoryDeclaration"%ROWTYPE;
BEGIN
  SELECT * INTO list FROM "InventoryDeclaration" WHERE "agentCode" = NEW."agentCode" AND "copNo" = NEW."copNo";
  NEW."declTime" := list."declTime";
  NEW."tradeMode" := list."tradeMode";
  NEW."ebpCode" := list."ebpCode";
  NEW."ebcCode" := list."ebcCode";
  NEW."logisticsCode" := list."logisticsCode";
  NEW."assureCode" := list."assureCode";
  NEW."customsCode" := list."customsCode";
  NEW."returnStatus" := list."returnStatus";
  NEW."taxShare" := CASE WHEN list."goodsValue" > 0 THEN list."taxTotal" * NEW."totalPrice" / list."goodsValue" END;
  NEW."firstOfChapter" := NOT EXISTS (SELECT 1 FROM "InventoryLine" o WHERE o."agentCode" = NEW."agentCode" AND o."copNo" = NEW."copNo"
    AND left(o."gcode", 2) = left(NEW."gcode", 2));
  NEW."firstOfHeading" := NOT EXISTS (SELECT 1 FROM "InventoryLine" o WHERE o."agentCode" = NEW."agentCode" AND o."copNo" = NEW."copNo"
    AND left(o."gcode", 4) = left(NEW."gcode", 4));
  NEW."firstOfOrigin" := NOT EXISTS (SELECT 1 FROM "InventoryLine" o WHERE o."agentCode" = NEW."agentCode" AND o."copNo" = NEW."copNo"
    AND o."country" = NEW."country");
  NEW."firstOfChapterOrigin" := NOT EXISTS (SELECT 1 FROM "InventoryLine" o WHERE o."agentCode" = NEW."agentCode" AND o."copNo" = NEW."copNo"
    AND left(o."gcode", 2) = left(NEW."gcode", 2) AND o."country" = NEW."country");
  NEW."firstOfHeadingOrigin" := NOT EXISTS (SELECT 1 FROM "InventoryLine" o WHERE o."agentCode" = NEW."agentCode" AND o."copNo" = NEW."copNo"
    AND left(o."gcode", 4) = left(NEW."gcode", 4) AND o."country" = NEW."country");
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "inventory_line_from_list" BEFORE INSERT ON "InventoryLine"
FOR EACH ROW EXECUTE FUNCTION "inventory_line_from_list"();

-- A list's decision (status, tax) and a saved list filed again in full reach its lines.
CREATE FUNCTION "inventory_list_to_lines"() RETURNS trigger AS $$
BEGIN
  UPDATE "InventoryLine"
  SET "declTime" = NEW."declTime", "tradeMode" = NEW."tradeMode", "ebpCode" = NEW."ebpCode", "ebcCode" = NEW."ebcCode",
      "logisticsCode" = NEW."logisticsCode", "assureCode" = NEW."assureCode", "customsCode" = NEW."customsCode",
      "returnStatus" = NEW."returnStatus",
      "taxShare" = CASE WHEN NEW."goodsValue" > 0 THEN NEW."taxTotal" * "totalPrice" / NEW."goodsValue" END
  WHERE "agentCode" = NEW."agentCode" AND "copNo" = NEW."copNo";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "inventory_list_to_lines" AFTER UPDATE ON "InventoryDeclaration"
FOR EACH ROW
WHEN (OLD."returnStatus" IS DISTINCT FROM NEW."returnStatus" OR OLD."taxTotal" IS DISTINCT FROM NEW."taxTotal"
   OR OLD."goodsValue" IS DISTINCT FROM NEW."goodsValue" OR OLD."declTime" IS DISTINCT FROM NEW."declTime"
   OR OLD."tradeMode" IS DISTINCT FROM NEW."tradeMode" OR OLD."ebpCode" IS DISTINCT FROM NEW."ebpCode"
   OR OLD."ebcCode" IS DISTINCT FROM NEW."ebcCode" OR OLD."logisticsCode" IS DISTINCT FROM NEW."logisticsCode"
   OR OLD."assureCode" IS DISTINCT FROM NEW."assureCode" OR OLD."customsCode" IS DISTINCT FROM NEW."customsCode")
EXECUTE FUNCTION "inventory_list_to_lines"();
