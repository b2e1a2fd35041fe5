import Decimal from "decimal.js";
import { z } from "zod";
import { chinaDatesSql } from "../../../lib/rules/china-time";
import { enterpriseByCode } from "../../../lib/graphql/filters";
import {
  countSql,
  dashboardFigures,
  dimensions,
  groupedSql,
  moneySql,
  monthlyFigures,
  monthsLoader,
  partyCondition,
  shareSql,
  SqlParams,
  statisticsPeriod,
  type CountedRecords,
  type DashboardPeriod,
  type MonthlyTable,
} from "../../../lib/graphql/statistics";
import type { CustomsContext } from "../context";
import zoneTargetRules from "../rules/zone-target.rules.json";
import type { DeclarationDimension, DeclarationStatisticsFilter, ExportDimension, ExportStatisticsFilter, Resolvers } from "../__generated__/resolvers-types";
import type { DeclarationGroupRow, ExportGroupRow, TaxBillMonthRow } from "../statistics-rows";

const RELEASED = 800;
/** `t` is the list, or one of its lines: the lines carry their list's date, mode, parties and status too. */
const LISTS: CountedRecords = { department: "customs", type: "InventoryDeclaration", alias: "t" };

type LineDimension = "HS_CHAPTER" | "HS_HEADING" | "ORIGIN_COUNTRY";
const DIMENSIONS: Record<DeclarationDimension, { field: string; sql: string; line?: LineDimension }> = {
  MONTH: { field: "month", sql: `to_char(t."declTime", 'YYYY-MM')` },
  DAY: { field: "day", sql: `to_char(t."declTime", 'YYYY-MM-DD')` },
  TRADE_MODE: { field: "tradeMode", sql: `t."tradeMode"` },
  HS_CHAPTER: { field: "hsChapter", sql: `left(t."gcode", 2)`, line: "HS_CHAPTER" },
  HS_HEADING: { field: "hsHeading", sql: `left(t."gcode", 4)`, line: "HS_HEADING" },
  ORIGIN_COUNTRY: { field: "originCountry", sql: `t."country"`, line: "ORIGIN_COUNTRY" },
  PLATFORM: { field: "platformCode", sql: `t."ebpCode"` },
  ECOMMERCE_ENTERPRISE: { field: "ecommerceEnterpriseCode", sql: `t."ebcCode"` },
  CUSTOMS_DISTRICT: { field: "customsDistrict", sql: `t."customsCode"` },
};

/** The line flag that marks one line per list in groups of these line dimensions (a heading lies in one chapter). */
function firstLineFlag(lineDimensions: Set<LineDimension>): string {
  const goods = lineDimensions.has("HS_HEADING") ? "Heading" : lineDimensions.has("HS_CHAPTER") ? "Chapter" : "";
  const origin = lineDimensions.has("ORIGIN_COUNTRY") ? "Origin" : "";
  return `t."firstOf${goods}${origin}"`;
}

/** The lists a filter selects, as conditions on `t` (a list, or a line with its list's columns). */
function listConditions(filter: DeclarationStatisticsFilter, context: CustomsContext, params: SqlParams): string[] {
  const period = statisticsPeriod("filter", filter.from, filter.to);
  const conditions = [chinaDatesSql(`t."declTime"`, params.add(period.from), params.add(period.until))];
  if (filter.returnStatus?.length) conditions.push(`t."returnStatus" = ANY(${params.add(filter.returnStatus)}::int[])`);
  if (filter.tradeMode?.length) conditions.push(`t."tradeMode" = ANY(${params.add(filter.tradeMode)}::text[])`);
  const party = partyCondition(context.identity, LISTS, params);
  if (party) conditions.push(party);
  return conditions;
}

/**
 * One statement over one table per query. Grouped by list-level dimensions only, the lists are the rows
 * and their stored goods value is summed. With a line-level dimension (HS, origin) the lines are the rows:
 * each carries its list's date, mode, parties and status, a flag on one line per list and group counts
 * the list once in each group its goods fall in, goods value is the group's lines', and a released list's
 * tax is shared over its lines by value.
 */
export async function declarationStatistics(groupBy: readonly DeclarationDimension[], filter: DeclarationStatisticsFilter, context: CustomsContext) {
  const chosen = dimensions("groupBy", groupBy);
  const params = new SqlParams();
  const where = listConditions(filter, context, params);
  const lineDimensions = new Set(chosen.map((dimension) => DIMENSIONS[dimension].line).filter((line): line is LineDimension => line !== undefined));
  const released = `t."returnStatus" = ${RELEASED}`;
  const counted = lineDimensions.size ? firstLineFlag(lineDimensions) : "true";
  const sql = groupedSql({
    dimensions: DIMENSIONS,
    groupBy: chosen,
    measures: [
      `${countSql(counted)} AS "declarations"`,
      `${moneySql(lineDimensions.size ? `t."totalPrice"` : `t."goodsValue"`)} AS "goodsValue"`,
      `${countSql(`${counted} AND ${released}`)} AS "released"`,
      `${shareSql(`count(*) FILTER (WHERE ${counted} AND ${released})`, `count(*) FILTER (WHERE ${counted})`)} AS "releasedShare"`,
      `COALESCE(round(sum(${lineDimensions.size ? `t."taxShare"` : `t."taxTotal"`}) FILTER (WHERE ${released}), 2), 0)::text AS "tax"`,
    ],
    from: lineDimensions.size ? `"InventoryLine" t` : `"InventoryDeclaration" t`,
    where,
  });
  const rows = await context.prisma.$queryRawUnsafe<DeclarationGroupRow[]>(sql, ...params.values);
  // Without a dimension, an empty period is still one row of zeros.
  return rows.length === 0 && chosen.length === 0 ? [{ declarations: 0, goodsValue: "0", released: 0, releasedShare: "0", tax: "0" }] : rows;
}

const EXPORT_LISTS: CountedRecords = { department: "customs", type: "ExportDeclaration", alias: "t" };
const EXPORT_DIMENSIONS: Record<ExportDimension | "CURRENCY", { field: string; sql: string }> = {
  MONTH: { field: "month", sql: `to_char(t."ieDate", 'YYYY-MM')` },
  TRADE_MODE: { field: "tradeMode", sql: `t."tradeMode"` },
  DESTINATION_COUNTRY: { field: "destinationCountry", sql: `t."country"` },
  HS_CHAPTER: { field: "hsChapter", sql: `left(l."gcode", 2)` },
  STATISTICS_FLAG: { field: "statisticsFlag", sql: `t."statisticsFlag"` },
  EXIT_CUSTOMS: { field: "exitCustoms", sql: `t."portCode"` },
  ECOMMERCE_ENTERPRISE: { field: "ecommerceEnterpriseCode", sql: `t."ebcCode"` },
  CURRENCY: { field: "currency", sql: `t."currency"` },
};

/**
 * Export lists per group and currency, one statement. Grouped by HS chapter the lines are the rows (a list
 * counts once in each chapter its goods fall in, and the value is that chapter's lines'); otherwise the
 * lists are, with their stored goods value.
 */
export async function exportStatistics(groupBy: readonly ExportDimension[], filter: ExportStatisticsFilter, context: CustomsContext) {
  const chosen = dimensions("groupBy", groupBy);
  const params = new SqlParams();
  const period = statisticsPeriod("filter", filter.from, filter.to);
  const where = [chinaDatesSql(`t."ieDate"`, params.add(period.from), params.add(period.until))];
  if (filter.returnStatus?.length) where.push(`t."returnStatus" = ANY(${params.add(filter.returnStatus)}::int[])`);
  if (filter.tradeMode?.length) where.push(`t."tradeMode" = ANY(${params.add(filter.tradeMode)}::text[])`);
  const party = partyCondition(context.identity, EXPORT_LISTS, params);
  if (party) where.push(party);
  const byLine = chosen.includes("HS_CHAPTER");
  const list = `(t."agentCode", t."copNo")`;
  const sql = groupedSql({
    dimensions: EXPORT_DIMENSIONS,
    groupBy: [...chosen, "CURRENCY"],
    measures: byLine
      ? [
          `count(DISTINCT ${list})::int AS "parcels"`,
          `count(DISTINCT ${list}) FILTER (WHERE t."returnStatus" = ${RELEASED})::int AS "released"`,
          `${moneySql(`l."totalPrice"`)} AS "goodsValue"`,
        ]
      : [`${countSql()} AS "parcels"`, `${countSql(`t."returnStatus" = ${RELEASED}`)} AS "released"`, `${moneySql(`t."goodsValue"`)} AS "goodsValue"`],
    from: byLine ? `"ExportDeclaration" t JOIN "ExportInventoryLine" l ON l."agentCode" = t."agentCode" AND l."copNo" = t."copNo"` : `"ExportDeclaration" t`,
    where,
  });
  return context.prisma.$queryRawUnsafe<ExportGroupRow[]>(sql, ...params.values);
}

const TAX_BILLS: MonthlyTable = {
  from: `"TaxBill" b`,
  period: `b."period"`,
  records: { department: "customs", type: "TaxBill", alias: "b" },
  measures: [
    `count(*) FILTER (WHERE b."listCount" > 0)::int AS "bills"`,
    `COALESCE(sum(b."listCount"), 0)::int AS "lists"`,
    `${moneySql(`b."customsTax"`)} AS "customsTax"`,
    `${moneySql(`b."valueAddedTax"`)} AS "valueAddedTax"`,
    `${moneySql(`b."consumptionTax"`)} AS "consumptionTax"`,
    `${moneySql(`b."total"`)} AS "total"`,
  ],
};

export function taxBillTotals(fromPeriod: string, toPeriod: string, context: CustomsContext) {
  return monthlyFigures<TaxBillMonthRow>(context, TAX_BILLS, { fromPeriod, toPeriod });
}

/** A month another department refers to: its bills as the caller may see them, zeros when there are none. */
const taxBillMonth = monthsLoader<TaxBillMonthRow>(TAX_BILLS, (period) => ({
  period,
  bills: 0,
  lists: 0,
  customsTax: "0",
  valueAddedTax: "0",
  consumptionTax: "0",
  total: "0",
}));

const zoneTarget = z.object({ annualTradeTargetCny: z.string().regex(/^\d+(\.\d+)?$/) }).parse(zoneTargetRules);

/** Customs' part of the zone dashboard: the period's lists, released trade and tax, against the plan's target. */
export async function customsDashboard(reference: DashboardPeriod, context: CustomsContext) {
  const released = `"returnStatus" = ${RELEASED} AND ${chinaDatesSql(`"ieDate"`, "$1", "$2")}`;
  const { period, ...figures } = await dashboardFigures<{
    declarations: number;
    released: number;
    tradeValue: string;
    tax: string;
    exportParcels: number;
    exportValues: Array<{ currency: string; amount: string }>;
  }>(
    reference,
    context,
    `SELECT ${countSql()} AS "declarations", ${countSql(`"returnStatus" = ${RELEASED}`)} AS "released",
            COALESCE(sum("goodsValue") FILTER (WHERE "returnStatus" = ${RELEASED}), 0)::text AS "tradeValue",
            COALESCE(sum("taxTotal") FILTER (WHERE "returnStatus" = ${RELEASED}), 0)::text AS "tax",
            (SELECT count(*)::int FROM "ExportDeclaration" WHERE ${released}) AS "exportParcels",
            (SELECT COALESCE(json_agg(json_build_object('currency', currency, 'amount', amount) ORDER BY currency), '[]'::json)
               FROM (SELECT currency, sum("goodsValue")::text AS amount FROM "ExportDeclaration" WHERE ${released} GROUP BY currency) v) AS "exportValues"
     FROM "InventoryDeclaration" WHERE ${chinaDatesSql(`"declTime"`, "$1", "$2")}`,
  );
  const annual = new Decimal(zoneTarget.annualTradeTargetCny);
  // A year of 365 days: the plan's target is yearly, and a leap day should not move it.
  const periodTarget = annual.times(period.days).dividedBy(365).toDecimalPlaces(2);
  return {
    ...figures,
    annualTradeTarget: annual.toFixed(),
    periodTradeTarget: periodTarget.toFixed(2),
    shareOfTarget: periodTarget.isZero() ? "0" : new Decimal(figures.tradeValue).dividedBy(periodTarget).toDecimalPlaces(6).toFixed(6),
  };
}

export const statisticsResolvers: Resolvers = {
  Query: {
    declarationStatistics: (_, { groupBy, filter }, context) => declarationStatistics(groupBy, filter, context),
    exportStatistics: (_, { groupBy, filter }, context) => exportStatistics(groupBy, filter, context),
    taxBillTotals: (_, { fromPeriod, toPeriod }, context) => taxBillTotals(fromPeriod, toPeriod, context) as never,
    zoneDashboard: (_, period, context) => customsDashboard(period, context) as never,
  },
  DeclarationStatistics: {
    platform: (row) => (row.platformCode ? enterpriseByCode(row.platformCode) : null),
    ecommerceEnterprise: (row) => (row.ecommerceEnterpriseCode ? enterpriseByCode(row.ecommerceEnterpriseCode) : null),
  },
  TaxBillMonth: {
    __resolveReference: ({ period }, context) => taxBillMonth(context).load(period) as never,
  },
  ZoneDashboard: {
    __resolveReference: (reference, context) => customsDashboard(reference as DashboardPeriod, context) as never,
  },
};
