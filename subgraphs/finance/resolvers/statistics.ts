import DataLoader from "dataloader";
import Decimal from "decimal.js";
import { enterpriseByCode } from "../../../lib/graphql/filters";
import { countSql, dimensions, groupedSql, moneySql, partyCondition, SqlParams, statisticsPeriod, statisticsMonths, dashboardFigures, type DashboardPeriod } from "../../../lib/graphql/statistics";
import type { FinanceContext } from "../context";
import type { PaymentDimension, PaymentStatisticsFilter, Resolvers } from "../__generated__/resolvers-types";

const PARTIES = ['p."payCode"', 'p."ebpCode"'];

const DIMENSIONS: Record<PaymentDimension, { field: string; sql: string }> = {
  MONTH: { field: "month", sql: `to_char(p."payTime", 'YYYY-MM')` },
  PAYMENT_COMPANY: { field: "paymentCompanyCode", sql: `p."payCode"` },
  CURRENCY: { field: "currency", sql: `p."currency"` },
};

export interface PaymentGroupRow {
  month?: string;
  paymentCompanyCode?: string;
  currency?: string;
  payments: number;
  volume: string;
}

/** A month of tax bills as finance knows it: its key, and the bills' total when the gateway brings it (@requires). */
export interface TaxBillMonthRef {
  period: string;
  total?: string | null;
}

export interface TaxBillPaymentMonthRow {
  period: string;
  payments: number;
  paid: string;
}

/** One statement: the vouchers paid in the period (and currencies), grouped as asked. */
export async function paymentStatistics(groupBy: readonly PaymentDimension[], filter: PaymentStatisticsFilter, context: FinanceContext) {
  const chosen = dimensions("groupBy", groupBy);
  const period = statisticsPeriod("filter", filter.from, filter.to);
  const params = new SqlParams();
  const where = [`p."payTime" >= ${params.add(period.from)}::date`, `p."payTime" < ${params.add(period.until)}::date`];
  if (filter.currency?.length) where.push(`p."currency" = ANY(${params.add(filter.currency)}::text[])`);
  const party = partyCondition(context.identity, PARTIES, params);
  if (party) where.push(party);
  const sql = groupedSql({
    dimensions: DIMENSIONS,
    groupBy: chosen,
    measures: [`${countSql()} AS "payments"`, `${moneySql(`p."amountPaid"`)} AS "volume"`],
    from: `"Payment" p`,
    where,
  });
  const rows = await context.prisma.$queryRawUnsafe<PaymentGroupRow[]>(sql, ...params.values);
  // Without a dimension, an empty period is still one row of zeros.
  return rows.length === 0 && chosen.length === 0 ? [{ payments: 0, volume: "0" }] : rows;
}


function monthRange(fromPeriod: string, toPeriod: string): void {
  statisticsMonths(fromPeriod, toPeriod);
}

/** The recorded tax bill payments per bill period, of the periods `condition` selects (an enterprise: its own bills). */
function taxBillPaymentRows(condition: (params: SqlParams) => string[], context: FinanceContext) {
  const params = new SqlParams();
  const where = condition(params);
  const party = partyCondition(context.identity, ['t."guarantorUscc"'], params);
  if (party) where.push(party);
  const sql = groupedSql({
    dimensions: { PERIOD: { field: "period", sql: `t."period"` } },
    groupBy: ["PERIOD"],
    measures: [`${countSql()} AS "payments"`, `${moneySql(`t."amount"`)} AS "paid"`],
    from: `"TaxBillPayment" t`,
    where,
  });
  return context.prisma.$queryRawUnsafe<TaxBillPaymentMonthRow[]>(sql, ...params.values);
}

export async function taxBillPaymentTotals(fromPeriod: string, toPeriod: string, context: FinanceContext) {
  monthRange(fromPeriod, toPeriod);
  return taxBillPaymentRows((params) => [`t."period" >= ${params.add(fromPeriod)}`, `t."period" <= ${params.add(toPeriod)}`], context);
}

/** Per request: every month of bills the gateway asks finance about while resolving one level, in one statement. */
const paidByMonth = new WeakMap<FinanceContext, DataLoader<string, TaxBillPaymentMonthRow>>();
function paidLoader(context: FinanceContext) {
  let loader = paidByMonth.get(context);
  if (!loader) {
    loader = new DataLoader(async (periods) => {
      const rows = await taxBillPaymentRows((params) => [`t."period" = ANY(${params.add([...periods])}::text[])`], context);
      const byPeriod = new Map(rows.map((row) => [row.period, row]));
      return periods.map((period) => byPeriod.get(period) ?? { period, payments: 0, paid: "0" });
    });
    paidByMonth.set(context, loader);
  }
  return loader;
}

/** Finance's part of the zone dashboard: the vouchers paid in the period. */
export function financeDashboard(reference: DashboardPeriod, context: FinanceContext) {
  return dashboardFigures<{ payments: number; paymentVolume: string }>(
    reference,
    context,
    `SELECT ${countSql()} AS "payments", ${moneySql(`"amountPaid"`)} AS "paymentVolume"
     FROM "Payment" WHERE "payTime" >= $1::date AND "payTime" < $2::date`,
  );
}

export const statisticsResolvers: Resolvers = {
  Query: {
    paymentStatistics: (_, { groupBy, filter }, context) => paymentStatistics(groupBy, filter, context),
    taxBillPaymentTotals: (_, { fromPeriod, toPeriod }, context) => taxBillPaymentTotals(fromPeriod, toPeriod, context),
  },
  PaymentStatistics: {
    paymentCompany: (row) => (row.paymentCompanyCode ? enterpriseByCode(row.paymentCompanyCode) : null),
  },
  TaxBillPaymentMonth: {
    bills: (row) => ({ period: row.period }),
  },
  TaxBillMonth: {
    __resolveReference: (reference) => reference as TaxBillMonthRef,
    paid: async (month, _, context) => (await paidLoader(context).load(month.period)).paid,
    outstanding: async (month, _, context) => {
      const { paid } = await paidLoader(context).load(month.period);
      return new Decimal(month.total ?? "0").minus(paid).toFixed();
    },
  },
  ZoneDashboard: {
    __resolveReference: (reference, context) => financeDashboard(reference as DashboardPeriod, context) as never,
  },
};
