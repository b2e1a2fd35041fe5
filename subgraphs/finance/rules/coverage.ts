/**
 * Whether the receipts of payment finance holds for an export order cover what the order (or its list)
 * is worth. Shared by the monthly reconciliation and the rebate check, so that both judge payment alike.
 */
import Decimal from "decimal.js";
import { isMonth } from "../../../lib/graphql/scalars";
import { Exact } from "./fx";

/** A receipt as coverage sees it: only declared receipts (CEB404 120 accepted) count as money received. */
export interface ReceivedPayment {
  charge: Decimal.Value;
  currency: string;
  returnStatus: number;
  /** The exporter the receipt names: money received for another exporter pays nothing of this one's order. */
  ebcCode: string;
}

/** What the buyer owes the exporter: the order's goods and freight in its currency; the list's goods value when customs has no order. */
export function expectedPayment(list: {
  goodsValue: Decimal.Value;
  currency: string;
  order: { goodsValue: Decimal.Value; freight: Decimal.Value; currency: string } | null;
}): { expected: Decimal; currency: string } {
  return list.order
    ? { expected: new Exact(list.order.goodsValue).plus(new Exact(list.order.freight)), currency: list.order.currency }
    : { expected: new Exact(list.goodsValue), currency: list.currency };
}

export const ACCEPTED = 120;

export type Coverage =
  | { status: "COVERED"; received: Decimal }
  /** No declared receipt at all. */
  | { status: "NONE"; received: Decimal }
  /** Receipts exist, but none in the expected currency. */
  | { status: "WRONG_CURRENCY"; received: Decimal; currencies: string[] }
  /** Receipts in the expected currency add up to less than expected. */
  | { status: "SHORT"; received: Decimal; shortBy: Decimal };

export function coverage(expected: Decimal.Value, currency: string, receipts: readonly ReceivedPayment[], exporter: string): Coverage {
  const declared = receipts.filter((receipt) => receipt.returnStatus === ACCEPTED && receipt.ebcCode === exporter);
  const same = declared.filter((receipt) => receipt.currency === currency);
  const received = same.reduce((sum, receipt) => sum.plus(new Exact(receipt.charge)), new Exact(0));
  if (declared.length === 0) return { status: "NONE", received };
  if (same.length === 0) return { status: "WRONG_CURRENCY", received, currencies: [...new Set(declared.map((receipt) => receipt.currency))].sort() };
  if (received.lessThan(expected)) return { status: "SHORT", received, shortBy: new Exact(expected).minus(received) };
  return { status: "COVERED", received };
}

/** What a gap means, in words a partner can act on. */
export function coverageGap(gap: Exclude<Coverage, { status: "COVERED" }>, currency: string): string {
  switch (gap.status) {
    case "NONE":
      return "no receipt of payment naming the exporter is filed for the order";
    case "WRONG_CURRENCY":
      return `the receipts are in currency ${gap.currencies.join(", ")}, the order in ${currency}`;
    case "SHORT":
      return `the receipts fall short by ${gap.shortBy.toFixed()} (currency ${currency})`;
  }
}

/** The month (YYYY-MM) as an instant window in China Standard Time and as calendar days: [from, to). */
export function monthWindow(period: string): { from: Date; to: Date; firstDay: string; nextFirstDay: string } | null {
  if (!isMonth(period)) return null;
  const [year, month] = period.split("-").map(Number) as [number, number];
  const firstDay = `${period}-01`;
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
  const nextFirstDay = `${next}-01`;
  return { from: new Date(`${firstDay}T00:00:00+08:00`), to: new Date(`${nextFirstDay}T00:00:00+08:00`), firstDay, nextFirstDay };
}
