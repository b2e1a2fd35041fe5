import { enterpriseByCode } from "../../../lib/graphql/filters";
import {
  countSql,
  dimensions,
  groupedSql,
  partyCondition,
  SqlParams,
  statisticsPeriod,
  dashboardFigures,
  type CountedRecords,
  type DashboardPeriod,
} from "../../../lib/graphql/statistics";
import type { LogisticsContext } from "../context";
import type { DeliveryGroupRow, ParcelGroupRow } from "../statistics-rows";
import type { DeliveryDimension, DeliveryTimesFilter, ParcelDimension, ParcelStatisticsFilter, Resolvers } from "../__generated__/resolvers-types";
import { chinaDaysSql, chinaMonthSql } from "../../../lib/rules/china-time";

const WAYBILLS: CountedRecords = { department: "logistics", type: "Waybill", alias: "w" };

/**
 * The consignee address's leading province-level division: a municipality, a province (two or three
 * characters before 省, e.g. 黑龙江省) or an autonomous region (two to five before 自治区, e.g.
 * 新疆维吾尔自治区), or a special administrative region. The documentation of DESTINATION_PROVINCE
 * (statistics.graphql) quotes it.
 */
export const PROVINCE_PATTERN = "^(北京市|天津市|上海市|重庆市|[^省市区县]{2,3}省|[^省市区县]{2,5}自治区|香港特别行政区|澳门特别行政区)";

const PARCEL_DIMENSIONS: Record<ParcelDimension, { field: string; sql: string }> = {
  STATUS: { field: "status", sql: `w."status"::text` },
  LOGISTICS_COMPANY: { field: "logisticsCompanyCode", sql: `w."logisticsCode"` },
  MONTH: { field: "month", sql: chinaMonthSql(`w."appTime"`) },
};

const DELIVERY_DIMENSIONS: Record<DeliveryDimension, { field: string; sql: string }> = {
  LOGISTICS_COMPANY: { field: "logisticsCompanyCode", sql: `w."logisticsCode"` },
  DESTINATION_PROVINCE: { field: "destinationProvince", sql: `substring(w."consigneeAddress" from '${PROVINCE_PATTERN}')` },
};

/**
 * Each waybill with a DELIVERED event, as `d`: when it was released and delivered (the first such event
 * of each), and the hours between (null without a RELEASED event), joined with the waybill as `w`.
 */
const DELIVERIES = `(SELECT e."logisticsCode", e."logisticsNo",
         min(e."occurredAt") FILTER (WHERE e."status" = 'RELEASED') AS "releasedAt",
         min(e."occurredAt") FILTER (WHERE e."status" = 'DELIVERED') AS "deliveredAt"
       FROM "TrackingEvent" e WHERE e."status" IN ('RELEASED', 'DELIVERED') GROUP BY 1, 2) d
  JOIN "Waybill" w ON w."logisticsCode" = d."logisticsCode" AND w."logisticsNo" = d."logisticsNo"`;
const HOURS = `(extract(epoch FROM d."deliveredAt" - d."releasedAt") / 3600)::float8`;
/** The `fraction` percentile of the hours (linear interpolation), 2 decimals, as text; null without a value. */
const percentileSql = (fraction: number) => `round((percentile_cont(${fraction}) WITHIN GROUP (ORDER BY ${HOURS}))::numeric, 2)::text`;

export async function parcelStatistics(groupBy: readonly ParcelDimension[], filter: ParcelStatisticsFilter, context: LogisticsContext) {
  const chosen = dimensions("groupBy", groupBy);
  const period = statisticsPeriod("filter", filter.from, filter.to);
  const params = new SqlParams();
  const where = [chinaDaysSql(`w."appTime"`, params.add(period.from), params.add(period.until))];
  if (filter.status?.length) where.push(`w."status"::text = ANY(${params.add(filter.status)}::text[])`);
  const party = partyCondition(context.identity, WAYBILLS, params);
  if (party) where.push(party);
  const sql = groupedSql({ dimensions: PARCEL_DIMENSIONS, groupBy: chosen, measures: [`${countSql()} AS "parcels"`], from: `"Waybill" w`, where });
  return context.prisma.$queryRawUnsafe<ParcelGroupRow[]>(sql, ...params.values);
}

/** One statement: the parcels delivered in the period with both events, their hours' percentiles per group. */
export async function deliveryTimes(groupBy: readonly DeliveryDimension[], filter: DeliveryTimesFilter, context: LogisticsContext) {
  const chosen = dimensions("groupBy", groupBy);
  const period = statisticsPeriod("filter", filter.from, filter.to);
  const params = new SqlParams();
  const where = [`d."releasedAt" IS NOT NULL`, chinaDaysSql(`d."deliveredAt"`, params.add(period.from), params.add(period.until))];
  const party = partyCondition(context.identity, WAYBILLS, params);
  if (party) where.push(party);
  const sql = groupedSql({
    dimensions: DELIVERY_DIMENSIONS,
    groupBy: chosen,
    measures: [
      `${countSql()} AS "parcels"`,
      `COALESCE(${percentileSql(0.5)}, '0') AS "p50Hours"`,
      `COALESCE(${percentileSql(0.9)}, '0') AS "p90Hours"`,
      `COALESCE(${percentileSql(0.99)}, '0') AS "p99Hours"`,
    ],
    from: DELIVERIES,
    where,
  });
  return context.prisma.$queryRawUnsafe<DeliveryGroupRow[]>(sql, ...params.values);
}

/** Logistics' part of the zone dashboard: waybills filed, parcels delivered, and the median delivery time. */
export function logisticsDashboard(reference: DashboardPeriod, context: LogisticsContext) {
  return dashboardFigures<{ parcels: number; delivered: number; medianDeliveryHours: string | null }>(
    reference,
    context,
    `SELECT (SELECT count(*)::int FROM "Waybill" WHERE ${chinaDaysSql(`"appTime"`, "$1", "$2")}) AS "parcels",
            ${countSql()} AS "delivered", ${percentileSql(0.5)} AS "medianDeliveryHours"
     FROM ${DELIVERIES}
     WHERE ${chinaDaysSql(`d."deliveredAt"`, "$1", "$2")}`,
  );
}

export const statisticsResolvers: Resolvers = {
  Query: {
    parcelStatistics: (_, { groupBy, filter }, context) => parcelStatistics(groupBy, filter, context),
    deliveryTimes: (_, { groupBy, filter }, context) => deliveryTimes(groupBy, filter, context),
  },
  ParcelStatistics: {
    logisticsCompany: (row) => (row.logisticsCompanyCode ? enterpriseByCode(row.logisticsCompanyCode) : null),
  },
  DeliveryTimes: {
    logisticsCompany: (row) => (row.logisticsCompanyCode ? enterpriseByCode(row.logisticsCompanyCode) : null),
  },
  ZoneDashboard: {
    __resolveReference: (reference, context) => logisticsDashboard(reference as DashboardPeriod, context) as never,
  },
};
