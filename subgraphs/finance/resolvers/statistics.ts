import Decimal from "decimal.js";
import { enterpriseByCode } from "../../../lib/graphql/filters";
import { countSql, dashboardFigures, dimensions, groupedSql, moneySql, monthlyFigures, monthsLoader, partyCondition, SqlParams, statisticsPeriod, type DashboardPeriod, type MonthlyTable } from "../../../lib/graphql/statistics";
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


/** The recorded tax bill payments per bill period; an enterprise sees the payments of its own bills. */
const TAX_BILL_PAYMENTS: MonthlyTable = {
  from: `"TaxBillPayment" t`,
  period: `t."period"`,
  parties: ['t."guarantorUscc"'],
  measures: [`${countSql()} AS "payments"`, `${moneySql(`t."amount"`)} AS "paid"`],
};

export function taxBillPaymentTotals(fromPeriod: string, toPeriod: string, context: FinanceContext) {
  return monthlyFigures<TaxBillPaymentMonthRow>(context, TAX_BILL_PAYMENTS, { fromPeriod, toPeriod });
}

/** Every month of bills the gateway asks finance about while resolving one level, in one statement. */
const paidByMonth = monthsLoader<TaxBillPaymentMonthRow>(TAX_BILL_PAYMENTS, (period) => ({ period, payments: 0, paid: "0" }));

interface ExportRebateMonthRow {
  period: string;
  applications: number;
  claimed: string;
  approved: number;
  rejected: number;
  approvedAmount: string;
  paid: string;
}

const decided = (...statuses: string[]) => `a."status" IN (${statuses.map((status) => `'${status}'`).join(", ")})`;
const EXPORT_REBATES: MonthlyTable = {
  from: `"ExportRebateApplication" a`,
  period: `to_char(a."createdAt" AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`,
  parties: ['a."ebcCode"'],
  measures: [
    `${countSql()} AS "applications"`,
    `${moneySql(`a."rebateAmount"`)} AS "claimed"`,
    `${countSql(decided("APPROVED", "PAID"))} AS "approved"`,
    `${countSql(decided("REJECTED"))} AS "rejected"`,
    `COALESCE(sum(a."rebateAmount") FILTER (WHERE ${decided("APPROVED", "PAID")}), 0)::text AS "approvedAmount"`,
    `COALESCE(sum(a."rebateAmount") FILTER (WHERE ${decided("PAID")}), 0)::text AS "paid"`,
  ],
};

export function exportRebateTotals(fromPeriod: string, toPeriod: string, context: FinanceContext) {
  return monthlyFigures<ExportRebateMonthRow>(context, EXPORT_REBATES, { fromPeriod, toPeriod });
}

/** Rebates paid between $1 and $2 (by the day of the PAID decision). */
const REBATES_PAID = `"ExportRebateApplication" a JOIN "ExportRebateDecision" d ON d."ebcCode" = a."ebcCode" AND d."applicationNo" = a."applicationNo"
  WHERE d."toStatus" = 'PAID' AND d."decidedAt" >= $1::date AND d."decidedAt" < $2::date`;

/** Finance's part of the zone dashboard: the vouchers paid in the period and the export rebates paid in it. */
export function financeDashboard(reference: DashboardPeriod, context: FinanceContext) {
  return dashboardFigures<{ payments: number; paymentVolume: string; rebatesPaid: string; rebatePayments: number }>(
    reference,
    context,
    `SELECT ${countSql()} AS "payments", ${moneySql(`"amountPaid"`)} AS "paymentVolume",
            (SELECT ${moneySql(`a."rebateAmount"`)} FROM ${REBATES_PAID}) AS "rebatesPaid",
            (SELECT ${countSql()} FROM ${REBATES_PAID}) AS "rebatePayments"
     FROM "Payment" WHERE "payTime" >= $1::date AND "payTime" < $2::date`,
  );
}

export const statisticsResolvers: Resolvers = {
  Query: {
    paymentStatistics: (_, { groupBy, filter }, context) => paymentStatistics(groupBy, filter, context),
    taxBillPaymentTotals: (_, { fromPeriod, toPeriod }, context) => taxBillPaymentTotals(fromPeriod, toPeriod, context),
    exportRebateTotals: (_, { fromPeriod, toPeriod }, context) => exportRebateTotals(fromPeriod, toPeriod, context),
  },
  PaymentStatistics: {
    paymentCompany: (row) => (row.paymentCompanyCode ? enterpriseByCode(row.paymentCompanyCode) : null),
  },
  TaxBillPaymentMonth: {
    bills: (row) => ({ period: row.period }),
  },
  TaxBillMonth: {
    __resolveReference: (reference) => reference as TaxBillMonthRef,
    paid: async (month, _, context) => (await paidByMonth(context).load(month.period)).paid,
    outstanding: async (month, _, context) => {
      const { paid } = await paidByMonth(context).load(month.period);
      return new Decimal(month.total ?? "0").minus(paid).toFixed();
    },
  },
  ZoneDashboard: {
    __resolveReference: (reference, context) => financeDashboard(reference as DashboardPeriod, context) as never,
  },
};
