import { requireZoneReader } from "../../../lib/auth/guards";
import { countSql, dimensions, groupedSql, SqlParams, statisticsMonths, dashboardFigures, type DashboardPeriod } from "../../../lib/graphql/statistics";
import type { CreditContext } from "../context";
import type { CreditDimension, Resolvers } from "../__generated__/resolvers-types";
import type { CreditGroupRow } from "../statistics-rows";
import { chinaDayStartSql, chinaDaysSql } from "../../../lib/rules/china-time";

/** Bands of 10 points; the scale ends at 100, which joins the 90s ("90-100"). */
const BAND = `least(c."score" / 10, 9) * 10`;

/** Per dimension, the field it fills and its SQL; ROLE needs the enterprise's roles unnested (as `r`). */
const DIMENSIONS: Record<CreditDimension, { field: string; sql: string; role?: true }> = {
  CREDIT_CLASS: { field: "creditClass", sql: `c."creditClass"::text` },
  SCORE_BAND: {
    field: "scoreBand",
    sql: `CASE WHEN c."score" IS NULL THEN NULL ELSE (${BAND})::text || '-' || (CASE WHEN ${BAND} = 90 THEN 100 ELSE ${BAND} + 9 END)::text END`,
  },
  ROLE: { field: "role", sql: `r."role"::text`, role: true },
};

/** One statement: the zone's enterprises with their current profile (if any), grouped. Zone readers only. */
export async function creditStatistics(groupBy: readonly CreditDimension[], context: CreditContext) {
  requireZoneReader(context.identity, "credit statistics");
  const chosen = dimensions("groupBy", groupBy);
  const byRole = chosen.some((dimension) => DIMENSIONS[dimension].role);
  const sql = groupedSql({
    dimensions: DIMENSIONS,
    groupBy: chosen,
    measures: [`${countSql()} AS "enterprises"`, `round(avg(c."score"), 2)::text AS "averageScore"`],
    from: [`"Enterprise" e LEFT JOIN "CreditProfile" c ON c."uscc" = e."uscc"`, ...(byRole ? [`CROSS JOIN LATERAL unnest(e."roles") AS r("role")`] : [])].join(
      " ",
    ),
    where: [],
  });
  const rows = await context.prisma.$queryRawUnsafe<CreditGroupRow[]>(sql);
  return rows.length === 0 && chosen.length === 0 ? [{ enterprises: 0, averageScore: null }] : rows;
}

/**
 * One statement: the months of the period, each joined with the entries that touch it (listed before its
 * end, not removed before its start); among those, the ones listed in it, removed in it, and in force at
 * its end.
 */
export async function negativeListMonths(fromPeriod: string, toPeriod: string, context: CreditContext) {
  requireZoneReader(context.identity, "negative-list statistics");
  statisticsMonths(fromPeriod, toPeriod);
  const params = new SqlParams();
  // The months begin and end at midnight in China.
  const start = chinaDayStartSql(`m."month"`);
  const end = chinaDayStartSql(`m."month" + interval '1 month'`);
  return context.prisma.$queryRawUnsafe(
    groupedSql({
      dimensions: { PERIOD: { field: "period", sql: `to_char(m."month", 'YYYY-MM')` } },
      groupBy: ["PERIOD"],
      measures: [
        `${countSql(`n."listedAt" >= ${start}`)} AS "added"`,
        `${countSql(`n."removedAt" < ${end}`)} AS "removed"`,
        `(count(DISTINCT n."uscc") FILTER (WHERE n."removedAt" IS NULL OR n."removedAt" >= ${end}))::int AS "listedAtEnd"`,
      ],
      from: `generate_series(${params.add(`${fromPeriod}-01`)}::timestamp, ${params.add(`${toPeriod}-01`)}::timestamp - interval '1 month', interval '1 month') AS m("month")
        LEFT JOIN "NegativeListEntry" n ON n."listedAt" < ${end} AND (n."removedAt" IS NULL OR n."removedAt" >= ${start})`,
      where: [],
    }),
    ...params.values,
  );
}

/** Credit's part of the zone dashboard: registered enterprises, the negative list at the end and its additions. */
export function creditDashboard(reference: DashboardPeriod, context: CreditContext) {
  return dashboardFigures<{ enterprises: number; onNegativeList: number; negativeListAdditions: number }>(
    reference,
    context,
    // registeredOn is a DATE (a China day): registered before the day after the period.
    `SELECT (SELECT count(*) FROM "Enterprise" WHERE "registeredOn" < ($2)::date)::int AS "enterprises",
            (SELECT count(DISTINCT "uscc") FROM "NegativeListEntry" WHERE "listedAt" < ${chinaDayStartSql("$2")} AND ("removedAt" IS NULL OR "removedAt" >= ${chinaDayStartSql("$2")}))::int AS "onNegativeList",
            (SELECT count(*) FROM "NegativeListEntry" WHERE ${chinaDaysSql(`"listedAt"`, "$1", "$2")})::int AS "negativeListAdditions"`,
  );
}

export const statisticsResolvers: Resolvers = {
  Query: {
    creditStatistics: (_, { groupBy }, context) => creditStatistics(groupBy, context),
    negativeListMonths: (_, { fromPeriod, toPeriod }, context) => negativeListMonths(fromPeriod, toPeriod, context) as never,
  },
  ZoneDashboard: {
    __resolveReference: (reference, context) => creditDashboard(reference as DashboardPeriod, context) as never,
  },
};
