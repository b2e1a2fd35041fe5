/**
 * CEB403 receipt of payment for an export order (收款单, docs/domain.md#export-receipts-and-settlement): what a
 * payment institution's receipt must satisfy before finance stores it, and the RMB equivalent it is stored
 * with.
 */
import Decimal from "decimal.js";
import { CURRENCIES } from "../../../lib/rules/code-tables";
import { documentHash } from "../../../lib/rules/document-hash";
import { DocumentChecks, type Problem } from "../../../lib/rules/document-checks";
import type { ExportReceiptInput } from "../__generated__/resolvers-types";
import { chinaDay } from "../../../lib/rules/china-time";
import { CNY, Exact, limitBreach, rateBandProblem, toCny } from "./fx";

/** The receipt message type answering a CEB403 receipt. */
export const EXPORT_RECEIPT_RECEIPT = "CEB404";
/**
 * The spec's payment range is -401xxx; receipts of payment take the same numbers in -403xxx: -403001
 * a field invalid, -403005 over the per-transaction limit (as -621005 is for lists), -403007 duplicate.
 */
export const EXPORT_RECEIPT_STATUS = { invalid: -403001, overLimit: -403005, duplicate: -403007, selfCertified: -403010 } as const;

/**
 * Who may certify that an exporter was paid: a payment institution other than the exporter. A receipt
 * filed by the exporter itself, or by a sender who also acts for the exporter, proves nothing about the
 * money. (One rule of the sender roles of one document kind, kept apart so that a role table can take it.)
 */
export function certifierProblem(receipt: { payCode: string; ebcCode: string }, senderActsFor: readonly string[]): Problem | null {
  if (receipt.payCode !== receipt.ebcCode && !senderActsFor.includes(receipt.ebcCode)) return null;
  return {
    field: "payCode",
    returnStatus: EXPORT_RECEIPT_STATUS.selfCertified,
    message: `a receipt of payment is certified by the payment institution, not by the exporter ${receipt.ebcCode} it pays (nor by a sender acting for it)`,
  };
}

const FIELDS = [
  "appStatus",
  "ebpCode",
  "ebpName",
  "ebcCode",
  "ebcName",
  "orderNo",
  "payCode",
  "payName",
  "payNo",
  "charge",
  "currency",
  "accountingDate",
  "note",
  "exchangeRate",
] as const;

export function exportReceiptHash(receipt: Record<string, unknown>): string {
  return documentHash(Object.fromEntries(FIELDS.map((field) => [field, receipt[field] ?? null])), new Set(["charge", "exchangeRate"]));
}

export interface CheckedReceipt {
  problems: Problem[];
  /** CNY per unit as stored: the institution's rate, or 1 for CNY. */
  exchangeRate: Decimal;
  /** charge × exchangeRate rounded half up to the fen. */
  rmbAmount: Decimal;
}

export function checkExportReceipt(receipt: ExportReceiptInput): CheckedReceipt {
  const check = new DocumentChecks(EXPORT_RECEIPT_STATUS.invalid);
  check.filing(receipt);
  check.enterprise("ebpCode", receipt.ebpCode);
  check.text("ebpName", receipt.ebpName, 100);
  check.enterprise("ebcCode", receipt.ebcCode);
  check.text("ebcName", receipt.ebcName, 100);
  check.text("orderNo", receipt.orderNo, 60);
  check.enterprise("payCode", receipt.payCode);
  check.text("payName", receipt.payName, 100);
  check.text("payNo", receipt.payNo, 60);
  const charge = check.amount("charge", receipt.charge, { positive: true });
  check.oneOf("currency", receipt.currency, CURRENCIES, "JGS-20 currency");
  check.text("note", receipt.note, 1000, false);

  let exchangeRate: Decimal = new Exact(1);
  if (receipt.currency === CNY) {
    if (receipt.exchangeRate != null && !new Decimal(receipt.exchangeRate).equals(1)) {
      check.fail("exchangeRate", "must be absent or 1 for an RMB receipt (currency 142)");
    }
  } else if (receipt.exchangeRate == null) {
    check.fail("exchangeRate", `is required for a receipt in currency ${receipt.currency}: the CNY per unit the institution converted at`);
  } else if (new Decimal(receipt.exchangeRate).lessThanOrEqualTo(0)) {
    check.fail("exchangeRate", "must be greater than 0 (CNY per unit of the currency)");
  } else {
    exchangeRate = new Exact(receipt.exchangeRate);
    const offBand = receipt.currency in CURRENCIES ? rateBandProblem(exchangeRate, receipt.currency, chinaDay(receipt.accountingDate)) : null;
    if (offBand) check.fail("exchangeRate", offBand);
  }

  if (charge && receipt.currency in CURRENCIES) {
    const breach = limitBreach(charge, receipt.currency, chinaDay(receipt.accountingDate));
    if (breach) check.fail("charge", breach.message, EXPORT_RECEIPT_STATUS.overLimit);
  }
  return { problems: check.problems, exchangeRate, rmbAmount: toCny(charge ?? 0, exchangeRate) };
}
