import {
  dimensions,
  groupedSql,
  partyCondition,
  shareSql,
  SqlParams,
  statisticsPeriod,
  dashboardFigures,
  type DashboardPeriod,
} from "../../../lib/graphql/statistics";
import type { CiqContext } from "../context";
import type { InspectionDimension, InspectionStatisticsFilter, Resolvers } from "../__generated__/resolvers-types";
import type { InspectionGroupRow } from "../statistics-rows";
import { chinaDaysSql } from "../../../lib/rules/china-time";

/** Per dimension, the field it fills and its SQL; `goods` ones need the list's filings (joined as `p`). */
const DIMENSIONS: Record<InspectionDimension, { field: string; sql: string; goods?: true }> = {
  PRODUCT_CATEGORY: { field: "productCategory", sql: `left(p."hsCode", 2)`, goods: true },
  ORIGIN_COUNTRY: { field: "originCountry", sql: `p."originCountry"`, goods: true },
  CREDIT_CLASS: { field: "creditClass", sql: `d."creditClass"` },
};

/** Each list once: the decision's key. */
const LIST = `(d."agentCode", d."copNo")`;
/** A list's inspection (one per list: its id is derived from the list), when it was selected. */
const INSPECTION = `LEFT JOIN "Inspection" i ON i."agentCode" = d."agentCode" AND i."copNo" = d."copNo"`;
const GOODS = `LEFT JOIN "SamplingDecisionFiling" f ON f."agentCode" = d."agentCode" AND f."copNo" = d."copNo" LEFT JOIN "ProductFiling" p ON p."filingNo" = f."filingNo"`;

const distinctLists = (condition?: string) => `count(DISTINCT ${LIST})${condition ? ` FILTER (WHERE ${condition})` : ""}`;

/**
 * One statement per query: the decisions of the period (joined with their goods when a dimension needs
 * them), each list counted once per group; an enterprise's query counts the lists with goods it filed.
 */
export async function inspectionStatistics(groupBy: readonly InspectionDimension[], filter: InspectionStatisticsFilter, context: CiqContext) {
  const chosen = dimensions("groupBy", groupBy);
  const period = statisticsPeriod("filter", filter.from, filter.to);
  const params = new SqlParams();
  const where = [chinaDaysSql(`d."decidedAt"`, params.add(period.from), params.add(period.until))];
  const owner = partyCondition(context.identity, { department: "ciq", type: "ProductFiling", alias: "o" }, params);
  if (owner) {
    where.push(
      `EXISTS (SELECT 1 FROM "SamplingDecisionFiling" g JOIN "ProductFiling" o ON o."filingNo" = g."filingNo" WHERE g."agentCode" = d."agentCode" AND g."copNo" = d."copNo" AND ${owner})`,
    );
  }
  const byGoods = chosen.some((dimension) => DIMENSIONS[dimension].goods);
  const inspected = `i."id" IS NOT NULL`;
  const passed = `i."result" = 'PASSED'`;
  const failed = `i."result" = 'FAILED'`;
  const sql = groupedSql({
    dimensions: DIMENSIONS,
    groupBy: chosen,
    measures: [
      `${distinctLists()}::int AS "decided"`,
      `(${distinctLists(inspected)})::int AS "inspected"`,
      `${shareSql(distinctLists(inspected), distinctLists())} AS "inspectionRate"`,
      `(${distinctLists(passed)})::int AS "passed"`,
      `(${distinctLists(failed)})::int AS "failed"`,
      `${shareSql(distinctLists(passed), distinctLists(`${passed} OR ${failed}`))} AS "passRate"`,
    ],
    from: [`"SamplingDecision" d`, INSPECTION, ...(byGoods ? [GOODS] : [])].join(" "),
    where,
  });
  const rows = await context.prisma.$queryRawUnsafe<InspectionGroupRow[]>(sql, ...params.values);
  // Without a dimension, an empty period is still one row of zeros.
  return rows.length === 0 && chosen.length === 0 ? [{ decided: 0, inspected: 0, inspectionRate: "0", passed: 0, failed: 0, passRate: "0" }] : rows;
}

/** CIQ's part of the zone dashboard: the period's decisions, the lists selected and the failed inspections. */
export function ciqDashboard(reference: DashboardPeriod, context: CiqContext) {
  return dashboardFigures<{ inspectionsDecided: number; inspected: number; failedInspections: number }>(
    reference,
    context,
    `SELECT ${distinctLists()}::int AS "inspectionsDecided", (${distinctLists(`i."id" IS NOT NULL`)})::int AS "inspected",
            (${distinctLists(`i."result" = 'FAILED'`)})::int AS "failedInspections"
     FROM "SamplingDecision" d ${INSPECTION} WHERE ${chinaDaysSql(`d."decidedAt"`, "$1", "$2")}`,
  );
}

export const statisticsResolvers: Resolvers = {
  Query: {
    inspectionStatistics: (_, { groupBy, filter }, context) => inspectionStatistics(groupBy, filter, context),
  },
  ZoneDashboard: {
    __resolveReference: (reference, context) => ciqDashboard(reference as DashboardPeriod, context) as never,
  },
};
