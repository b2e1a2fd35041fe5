import { readFileSync } from "node:fs";
import path from "node:path";
import Decimal from "decimal.js";
import { z } from "zod";
import { requireZoneReader } from "../../../lib/auth/guards";
import { enterpriseByCode } from "../../../lib/graphql/filters";
import { countSql, dimensions, groupedSql, moneySql, partyCondition, shareSql, SqlParams, statisticsPeriod, statisticsMonths } from "../../../lib/graphql/statistics";
import type { CustomsContext } from "../context";
import type { DeclarationDimension, DeclarationStatisticsFilter, Resolvers } from "../__generated__/resolvers-types";

const RELEASED = 800;
const PARTIES = ['d."ebpCode"', 'd."ebcCode"', 'd."agentCode"', 'd."logisticsCode"', 'd."assureCode"'];

const DIMENSIONS: Record<DeclarationDimension, { field: string; sql: string; line?: true }> = {
  MONTH: { field: "month", sql: `to_char(d."declTime", 'YYYY-MM')` },
  DAY: { field: "day", sql: `to_char(d."declTime", 'YYYY-MM-DD')` },
  TRADE_MODE: { field: "tradeMode", sql: `d."tradeMode"` },
  HS_CHAPTER: { field: "hsChapter", sql: `left(l."gcode", 2)`, line: true },
  HS_HEADING: { field: "hsHeading", sql: `left(l."gcode", 4)`, line: true },
  ORIGIN_COUNTRY: { field: "originCountry", sql: `l."country"`, line: true },
  PLATFORM: { field: "platformCode", sql: `d."ebpCode"` },
  ECOMMERCE_ENTERPRISE: { field: "ecommerceEnterpriseCode", sql: `d."ebcCode"` },
  CUSTOMS_DISTRICT: { field: "customsDistrict", sql: `d."customsCode"` },
};

export interface DeclarationGroupRow {
  month?: string;
  day?: string;
  tradeMode?: string;
  hsChapter?: string;
  hsHeading?: string;
  originCountry?: string;
  platformCode?: string;
  ecommerceEnterpriseCode?: string;
  customsDistrict?: string;
  declarations: number;
  goodsValue: string;
  released: number;
  releasedShare: string;
  tax: string;
}

/** The lists a filter selects, as conditions on `d` (the declaration). */
function listConditions(filter: DeclarationStatisticsFilter, context: CustomsContext, params: SqlParams): string[] {
  const period = statisticsPeriod("filter", filter.from, filter.to);
  const conditions = [`d."declTime" >= ${params.add(period.from)}::date`, `d."declTime" < ${params.add(period.until)}::date`];
  if (filter.returnStatus?.length) conditions.push(`d."returnStatus" = ANY(${params.add(filter.returnStatus)}::int[])`);
  if (filter.tradeMode?.length) conditions.push(`d."tradeMode" = ANY(${params.add(filter.tradeMode)}::text[])`);
  const party = partyCondition(context.identity, PARTIES, params);
  if (party) conditions.push(party);
  return conditions;
}

/**
 * One statement per query. Grouped by list-level dimensions only, the lists are counted as rows and their
 * stored goods value summed; with a line-level dimension (HS, origin), a list counts once per group with
 * the value of its lines in the group, and a released list's tax is shared over its lines by value.
 */
export async function declarationStatistics(groupBy: readonly DeclarationDimension[], filter: DeclarationStatisticsFilter, context: CustomsContext) {
  const chosen = dimensions("groupBy", groupBy);
  const params = new SqlParams();
  const where = listConditions(filter, context, params);
  const byLine = chosen.some((dimension) => DIMENSIONS[dimension].line);
  const released = `d."returnStatus" = ${RELEASED}`;
  const totals = (rows: { goods: string; tax: string; released: string }) => [
    `${countSql()} AS "declarations"`,
    `${moneySql(rows.goods)} AS "goodsValue"`,
    `${countSql(rows.released)} AS "released"`,
    `${shareSql(`count(*) FILTER (WHERE ${rows.released})`, "count(*)")} AS "releasedShare"`,
    `COALESCE(round(sum(${rows.tax}) FILTER (WHERE ${rows.released}), 2), 0)::text AS "tax"`,
  ];
  let sql: string;
  if (!byLine) {
    sql = groupedSql({ dimensions: DIMENSIONS, groupBy: chosen, measures: totals({ goods: `d."goodsValue"`, tax: `d."taxTotal"`, released }), from: `"InventoryDeclaration" d`, where });
  } else {
    // First one row per list and group (its lines in the group summed), then the groups: each list counts
    // once per group without COUNT(DISTINCT), which sorts and is several times slower.
    const perList = `SELECT d."agentCode", d."copNo", ${chosen.map((dimension) => `${DIMENSIONS[dimension].sql} AS "${DIMENSIONS[dimension].field}"`).join(", ")},
        ${released} AS "released", sum(l."totalPrice") AS "goods", sum(d."taxTotal" * l."totalPrice" / NULLIF(d."goodsValue", 0)) AS "tax"
      FROM "InventoryDeclaration" d JOIN "InventoryLine" l ON l."agentCode" = d."agentCode" AND l."copNo" = d."copNo"
      WHERE ${where.join(" AND ")}
      GROUP BY d."agentCode", d."copNo", ${chosen.map((_, index) => index + 3).join(", ")}, d."returnStatus"`;
    const outer = Object.fromEntries(Object.entries(DIMENSIONS).map(([dimension, { field }]) => [dimension, { field, sql: `g."${field}"` }])) as typeof DIMENSIONS;
    sql = groupedSql({ dimensions: outer, groupBy: chosen, measures: totals({ goods: `g."goods"`, tax: `g."tax"`, released: `g."released"` }), from: `(${perList}) g`, where: [] });
  }
  const rows = await context.prisma.$queryRawUnsafe<DeclarationGroupRow[]>(sql, ...params.values);
  // Without a dimension, an empty period is still one row of zeros.
  return rows.length === 0 && chosen.length === 0 ? [{ declarations: 0, goodsValue: "0", released: 0, releasedShare: "0", tax: "0" }] : rows;
}


export async function taxBillTotals(fromPeriod: string, toPeriod: string, context: CustomsContext) {
  statisticsMonths(fromPeriod, toPeriod);
  const params = new SqlParams();
  const where = [`b."period" >= ${params.add(fromPeriod)}`, `b."period" <= ${params.add(toPeriod)}`];
  const party = partyCondition(context.identity, ['b."guarantorUscc"'], params);
  if (party) where.push(party);
  return context.prisma.$queryRawUnsafe(
    groupedSql({
      dimensions: { PERIOD: { field: "period", sql: `b."period"` } },
      groupBy: ["PERIOD"],
      measures: [
        `count(*) FILTER (WHERE b."listCount" > 0)::int AS "bills"`,
        `COALESCE(sum(b."listCount"), 0)::int AS "lists"`,
        `${moneySql(`b."customsTax"`)} AS "customsTax"`,
        `${moneySql(`b."valueAddedTax"`)} AS "valueAddedTax"`,
        `${moneySql(`b."consumptionTax"`)} AS "consumptionTax"`,
        `${moneySql(`b."total"`)} AS "total"`,
      ],
      from: `"TaxBill" b`,
      where,
    }),
    ...params.values,
  );
}

const zoneTarget = z
  .object({ annualTradeTargetCny: z.string().regex(/^\d+(\.\d+)?$/) })
  .parse(JSON.parse(readFileSync(path.join(__dirname, "..", "rules", "zone-target.rules.json"), "utf8")));

/** Customs' part of the zone dashboard: the period's lists, released trade and tax, against the plan's target. */
export async function customsDashboard({ from, to }: { from: Date; to: Date }, context: CustomsContext) {
  requireZoneReader(context.identity, "the zone dashboard");
  const period = statisticsPeriod("", new Date(from), new Date(to));
  const [row] = await context.prisma.$queryRawUnsafe<Array<{ declarations: number; released: number; tradeValue: string; tax: string }>>(
    `SELECT ${countSql()} AS "declarations", ${countSql(`"returnStatus" = ${RELEASED}`)} AS "released",
            COALESCE(sum("goodsValue") FILTER (WHERE "returnStatus" = ${RELEASED}), 0)::text AS "tradeValue",
            COALESCE(sum("taxTotal") FILTER (WHERE "returnStatus" = ${RELEASED}), 0)::text AS "tax"
     FROM "InventoryDeclaration" WHERE "declTime" >= $1::date AND "declTime" < $2::date`,
    period.from,
    period.until,
  );
  const annual = new Decimal(zoneTarget.annualTradeTargetCny);
  // A year of 365 days: the plan's target is yearly, and a leap day should not move it.
  const periodTarget = annual.times(period.days).dividedBy(365).toDecimalPlaces(2);
  return {
    from,
    to,
    ...row!,
    annualTradeTarget: annual.toFixed(),
    periodTradeTarget: periodTarget.toFixed(2),
    shareOfTarget: periodTarget.isZero() ? "0" : new Decimal(row!.tradeValue).dividedBy(periodTarget).toDecimalPlaces(4).toFixed(4),
  };
}

export const statisticsResolvers: Resolvers = {
  Query: {
    declarationStatistics: (_, { groupBy, filter }, context) => declarationStatistics(groupBy, filter, context),
    taxBillTotals: (_, { fromPeriod, toPeriod }, context) => taxBillTotals(fromPeriod, toPeriod, context) as never,
    zoneDashboard: (_, period, context) => customsDashboard(period, context) as never,
  },
  DeclarationStatistics: {
    platform: (row) => (row.platformCode ? enterpriseByCode(row.platformCode) : null),
    ecommerceEnterprise: (row) => (row.ecommerceEnterpriseCode ? enterpriseByCode(row.ecommerceEnterpriseCode) : null),
  },
  TaxBillMonth: {
    // A month another department refers to: its bills as the caller may see them, zeros when there are none.
    __resolveReference: async ({ period }, context) =>
      (((await taxBillTotals(period, period, context)) as unknown[])[0] ??
        { period, bills: 0, lists: 0, customsTax: "0", valueAddedTax: "0", consumptionTax: "0", total: "0" }) as never,
  },
  ZoneDashboard: {
    __resolveReference: (reference, context) => customsDashboard(reference as { from: Date; to: Date }, context) as never,
  },
};
