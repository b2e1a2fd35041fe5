import Decimal from "decimal.js";
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
  SqlParams,
  statisticsPeriod,
  type CountedRecords,
  type DashboardPeriod,
  type MonthlyTable,
} from "../../../lib/graphql/statistics";
import type { FinanceContext } from "../context";
import type { ExportRebateStatisticsFilter, PaymentDimension, PaymentStatisticsFilter, RebateDimension, Resolvers } from "../__generated__/resolvers-types";
import type { PaymentGroupRow, RebateGroupRow, TaxBillMonthRef, TaxBillPaymentMonthRow } from "../statistics-rows";
import { chinaDaysSql, chinaMonthSql } from "../../../lib/rules/china-time";

const PAYMENTS: CountedRecords = { department: "finance", type: "Payment", alias: "p" };

const DIMENSIONS: Record<PaymentDimension, { field: string; sql: string }> = {
  MONTH: { field: "month", sql: chinaMonthSql(`p."payTime"`) },
  PAYMENT_COMPANY: { field: "paymentCompanyCode", sql: `p."payCode"` },
  CURRENCY: { field: "currency", sql: `p."currency"` },
};

/** One statement: the vouchers paid in the period (and currencies), grouped as asked. */
export async function paymentStatistics(groupBy: readonly PaymentDimension[], filter: PaymentStatisticsFilter, context: FinanceContext) {
  const chosen = dimensions("groupBy", groupBy);
  const period = statisticsPeriod("filter", filter.from, filter.to);
  const params = new SqlParams();
  const where = [chinaDaysSql(`p."payTime"`, params.add(period.from), params.add(period.until))];
  if (filter.currency?.length) where.push(`p."currency" = ANY(${params.add(filter.currency)}::text[])`);
  const party = partyCondition(context.identity, PAYMENTS, params);
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
  // A payment counts for the parties to the bill it pays (customs' TaxBill), by the bill's key it carries.
  records: { department: "customs", type: "TaxBill", alias: "t" },
  measures: [`${countSql()} AS "payments"`, `${moneySql(`t."amount"`)} AS "paid"`],
};

export function taxBillPaymentTotals(fromPeriod: string, toPeriod: string, context: FinanceContext) {
  return monthlyFigures<TaxBillPaymentMonthRow>(context, TAX_BILL_PAYMENTS, { fromPeriod, toPeriod });
}

/** Every month of bills the gateway asks finance about while resolving one level, in one statement. */
const paidByMonth = monthsLoader<TaxBillPaymentMonthRow>(TAX_BILL_PAYMENTS, (period) => ({ period, payments: 0, paid: "0" }));

const REBATE_DIMENSIONS: Record<RebateDimension, { field: string; sql: string; item?: true }> = {
  MONTH: { field: "month", sql: chinaMonthSql(`a."createdAt"`) },
  HS_CHAPTER: { field: "hsChapter", sql: `left(i."gcode", 2)`, item: true },
  DESTINATION_COUNTRY: { field: "destinationCountry", sql: `i."country"`, item: true },
  STATUS: { field: "status", sql: `a."status"::text` },
};

/**
 * Rebate applications per group, one statement. Grouped by an item's chapter or destination the items
 * are the rows (amounts are the items', which add up to their application's); otherwise the applications.
 */
export async function exportRebateStatistics(groupBy: readonly RebateDimension[], filter: ExportRebateStatisticsFilter, context: FinanceContext) {
  const chosen = dimensions("groupBy", groupBy);
  const params = new SqlParams();
  const period = statisticsPeriod("filter", filter.from, filter.to);
  const where = [chinaDaysSql(`a."createdAt"`, params.add(period.from), params.add(period.until))];
  const party = partyCondition(context.identity, { department: "finance", type: "ExportRebateApplication", alias: "a" }, params);
  if (party) where.push(party);
  const byItem = chosen.some((dimension) => REBATE_DIMENSIONS[dimension].item);
  const amount = byItem ? `i."rebateAmount"` : `a."rebateAmount"`;
  const application = `(a."ebcCode", a."applicationNo")`;
  const count = (condition?: string) =>
    byItem ? `count(DISTINCT ${application})${condition ? ` FILTER (WHERE ${condition})` : ""}::int` : countSql(condition);
  const status = (...statuses: string[]) => `a."status" IN (${statuses.map((value) => `'${value}'`).join(", ")})`;
  const sql = groupedSql({
    dimensions: REBATE_DIMENSIONS,
    groupBy: chosen,
    measures: [
      `${count()} AS "applications"`,
      `${moneySql(amount)} AS "claimed"`,
      `${count(status("APPROVED", "PAID"))} AS "approved"`,
      `${count(status("REJECTED"))} AS "rejected"`,
      `COALESCE(sum(${amount}) FILTER (WHERE ${status("APPROVED", "PAID")}), 0)::text AS "approvedAmount"`,
      `COALESCE(sum(${amount}) FILTER (WHERE ${status("PAID")}), 0)::text AS "paid"`,
    ],
    from: byItem
      ? `"ExportRebateApplication" a JOIN "ExportRebateItem" i ON i."ebcCode" = a."ebcCode" AND i."applicationNo" = a."applicationNo"`
      : `"ExportRebateApplication" a`,
    where,
  });
  const rows = await context.prisma.$queryRawUnsafe<RebateGroupRow[]>(sql, ...params.values);
  // Without a dimension, an empty period is still one row of zeros.
  return rows.length === 0 && chosen.length === 0 ? [{ applications: 0, claimed: "0", approved: 0, rejected: 0, approvedAmount: "0", paid: "0" }] : rows;
}

/** Rebates paid between $1 and $2 (by the China day of the PAID decision). */
const REBATES_PAID = `"ExportRebateApplication" a JOIN "ExportRebateDecision" d ON d."ebcCode" = a."ebcCode" AND d."applicationNo" = a."applicationNo"
  WHERE d."toStatus" = 'PAID' AND ${chinaDaysSql(`d."decidedAt"`, "$1", "$2")}`;

/** Finance's part of the zone dashboard: the vouchers paid in the period and the export rebates paid in it. */
export function financeDashboard(reference: DashboardPeriod, context: FinanceContext) {
  return dashboardFigures<{ payments: number; paymentVolume: string; rebatesPaid: string; rebatePayments: number }>(
    reference,
    context,
    `SELECT ${countSql()} AS "payments", ${moneySql(`"amountPaid"`)} AS "paymentVolume",
            (SELECT ${moneySql(`a."rebateAmount"`)} FROM ${REBATES_PAID}) AS "rebatesPaid",
            (SELECT ${countSql()} FROM ${REBATES_PAID}) AS "rebatePayments"
     FROM "Payment" WHERE ${chinaDaysSql(`"payTime"`, "$1", "$2")}`,
  );
}

export const statisticsResolvers: Resolvers = {
  Query: {
    paymentStatistics: (_, { groupBy, filter }, context) => paymentStatistics(groupBy, filter, context),
    taxBillPaymentTotals: (_, { fromPeriod, toPeriod }, context) => taxBillPaymentTotals(fromPeriod, toPeriod, context),
    exportRebateStatistics: (_, { groupBy, filter }, context) => exportRebateStatistics(groupBy, filter, context),
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
