/**
 * Statistics over a million import lists on PostgreSQL: customs' database is filled with synthetic lists
 * (SQL generate_series, not the demo world: a million would take the world builder far too long), then
 * each customs statistics query is timed at the resolver, which is where its one SQL statement runs.
 */
import path from "node:path";
import { openDatabase } from "../lib/db/database";
import { migrate, readMigrations } from "../lib/db/migrate";
import { ROOT } from "../lib/paths";
import { customs } from "../subgraphs/customs";
import type { CustomsContext } from "../subgraphs/customs/context";
import type { DeclarationDimension } from "../subgraphs/customs/__generated__/resolvers-types";
import { customsDashboard, declarationStatistics, taxBillTotals } from "../subgraphs/customs/resolvers/statistics";
import { freshPostgresDatabase } from "../lib/db/postgres-admin";
import { round, table } from "./shared";

const DAYS = 730;
const FIRST_DAY = "2025-01-01";

/** Lists over two years: 85% released, three trade modes, 20 platforms, 200 e-commerce enterprises, 5 districts; every other list has a second line. */
const FILL = `
INSERT INTO "InventoryDeclaration" (
  "agentCode", "copNo", "guid", "appType", "appTime", "appStatus", "orderNo", "ebpCode", "ebpName", "ebcCode", "ebcName",
  "logisticsNo", "logisticsCode", "logisticsName", "assureCode", "declTime", "customsCode", "portCode", "buyerIdType",
  "buyerIdNumber", "buyerName", "buyerTelephone", "consigneeAddress", "agentName", "tradeMode", "trafMode", "country",
  "freight", "insuredFee", "currency", "packNo", "grossWeight", "netWeight", "returnStatus", "contentHash", "goodsValue", "taxTotal")
SELECT 'A' || lpad((g % 50)::text, 17, '0'), 'C' || g, lpad(g::text, 36, '0'), '1', now(), '2', 'O' || g,
  'P' || lpad((g % 20)::text, 17, '0'), 'platform', 'E' || lpad((g % 200)::text, 17, '0'), 'seller',
  'L' || g, 'L' || lpad((g % 10)::text, 17, '0'), 'carrier', 'P' || lpad((g % 20)::text, 17, '0'),
  DATE '${FIRST_DAY}' + (g % ${DAYS}), (ARRAY['6409', '6407', '6401', '6405', '6408'])[1 + g % 5], '6409', '1',
  'ID' || g, 'buyer', '13800138000', 'address', 'agent', (ARRAY['9610', '1210', '1239'])[1 + g % 3], 'Y', '142',
  10, 0, '142', 1, 1, 1, CASE WHEN g % 20 < 17 THEN 800 WHEN g % 20 = 17 THEN 100 WHEN g % 20 = 18 THEN 500 ELSE 120 END,
  lpad(g::text, 64, '0'), 100 + (g % 5000) / 10.0 + CASE WHEN g % 2 = 0 THEN 50 ELSE 0 END, 10 + (g % 997) / 10.0
FROM generate_series(1, $1::int) AS g`;

const LINES = `
INSERT INTO "InventoryLine" ("agentCode", "copNo", "gnum", "gcode", "gname", "gmodel", "barCode", "country", "currency", "qty", "qty1", "unit", "unit1", "price", "totalPrice")
SELECT 'A' || lpad((g % 50)::text, 17, '0'), 'C' || g, n, lpad(((g::bigint * 7919 + n) % 9000 + 1000)::text, 4, '0') || '990000', 'goods', 'model', 'none',
  (ARRAY['116', '601', '303', '304', '501', '133', '344', '110', '112', '502'])[1 + (g + n) % 10], '142', 1, 1, '011', '011',
  CASE n WHEN 1 THEN 100 + (g % 5000) / 10.0 ELSE 50 END, CASE n WHEN 1 THEN 100 + (g % 5000) / 10.0 ELSE 50 END
FROM generate_series(1, $1::int) AS g CROSS JOIN generate_series(1, 2) AS n
WHERE n = 1 OR g % 2 = 0`;

const BILLS = `
INSERT INTO "TaxBill" ("guarantorUscc", "period", "customsTax", "valueAddedTax", "consumptionTax", "total", "listCount", "dueDate", "updatedAt")
SELECT 'P' || lpad(p::text, 17, '0'), to_char(DATE '${FIRST_DAY}' + make_interval(months => m), 'YYYY-MM'), 0, 1000, 100, 1100, 40, DATE '${FIRST_DAY}' + 45, now()
FROM generate_series(0, 19) AS p CROSS JOIN generate_series(0, 23) AS m`;

export async function runStatistics(options: { lists: number; repeats: number }): Promise<string> {
  const url = await freshPostgresDatabase("tradegraph_bench_statistics_customs");
  const db = await openDatabase("customs", { driver: "pg", url }, customs.createClient);
  const lines: string[] = [];
  try {
    await migrate(db.sql, readMigrations(path.join(ROOT, "prisma", "customs", "migrations")));
    const filling = performance.now();
    await db.sql.query(FILL, [options.lists]);
    await db.sql.query(LINES, [options.lists]);
    await db.sql.query(BILLS);
    await db.sql.query("ANALYZE");
    const [counts] = await db.sql.query<{ lists: number; lines: number }>(
      `SELECT (SELECT count(*) FROM "InventoryDeclaration")::int AS lists, (SELECT count(*) FROM "InventoryLine")::int AS lines`,
    );
    lines.push(
      `${counts!.lists.toLocaleString("en")} lists and ${counts!.lines.toLocaleString("en")} lines over ${DAYS} days, written in ${round((performance.now() - filling) / 1000, 1)} s`,
    );

    const context = {
      identity: { subject: "bench-analyst", role: "analyst", usccs: [], requestId: "bench" },
      prisma: db.prisma,
    } as unknown as CustomsContext;
    const everything = { from: new Date(FIRST_DAY), to: new Date(Date.parse(FIRST_DAY) + DAYS * 86_400_000) };
    const oneMonth = { from: new Date("2026-03-01"), to: new Date("2026-04-01") };
    const grouped =
      (groupBy: DeclarationDimension[], filter: Parameters<typeof declarationStatistics>[1] = everything) =>
      () =>
        declarationStatistics(groupBy, filter, context);
    const cases: Array<[string, () => Promise<unknown>]> = [
      ["totals, two years", grouped([])],
      ["by month", grouped(["MONTH"])],
      ["by day", grouped(["DAY"])],
      ["by trade mode", grouped(["TRADE_MODE"])],
      ["by platform", grouped(["PLATFORM"])],
      ["by e-commerce enterprise", grouped(["ECOMMERCE_ENTERPRISE"])],
      ["by customs district", grouped(["CUSTOMS_DISTRICT"])],
      ["by month and trade mode", grouped(["MONTH", "TRADE_MODE"])],
      ["by HS chapter (lines)", grouped(["HS_CHAPTER"])],
      ["by HS heading (lines)", grouped(["HS_HEADING"])],
      ["by origin country (lines)", grouped(["ORIGIN_COUNTRY"])],
      ["one month, released, by platform", grouped(["PLATFORM"], { ...oneMonth, returnStatus: [800] })],
      ["one month by HS chapter (lines)", grouped(["HS_CHAPTER"], oneMonth)],
      ["tax bill totals, 24 months", () => taxBillTotals("2025-01", "2026-12", context)],
      ["zone dashboard (customs part), two years", () => customsDashboard(everything, context)],
    ];
    const rows: Array<Array<string | number>> = [];
    for (const [name, query] of cases) {
      await query();
      const times: number[] = [];
      let groups = 0;
      for (let repeat = 0; repeat < options.repeats; repeat++) {
        const began = performance.now();
        const result = await query();
        times.push(performance.now() - began);
        groups = Array.isArray(result) ? result.length : 1;
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)]!;
      rows.push([name, groups, round(median), round(times.at(-1)!), median < 1000 ? "yes" : "NO"]);
    }
    lines.push("", table(["statistics query", "groups", "median ms", "max ms", "under 1 s"], rows));
    const slow = rows.filter((row) => row[4] === "NO").length;
    lines.push(
      "",
      slow ? `${slow} of ${rows.length} queries took a second or more (median)` : `every query answered in under a second (median of ${options.repeats})`,
    );
  } finally {
    await db.close();
  }
  return lines.join("\n");
}
