/**
 * CEB411 payment voucher rules (docs/domain.md#ceb411-payment-voucher): what a payment company's voucher must
 * satisfy before finance stores it.
 */
import { documentHash } from "../../../lib/rules/document-hash";
import { DocumentChecks, type Problem } from "../../../lib/rules/document-checks";
import type { PaymentInput } from "../__generated__/resolvers-types";

/** The receipt message type answering a CEB411 voucher. */
export const PAYMENT_RECEIPT = "CEB412";
/** -401007 is the spec's duplicate; -401001 is our general "field invalid" within the spec's payment range. */
export const PAYMENT_STATUS = { invalid: -401001, duplicate: -401007 } as const;

const FIELDS = [
  "appStatus",
  "payCode",
  "payName",
  "payTransactionId",
  "orderNo",
  "ebpCode",
  "ebpName",
  "payerIdType",
  "payerIdNumber",
  "payerName",
  "telephone",
  "amountPaid",
  "currency",
  "payTime",
  "note",
] as const;

export function paymentHash(payment: Record<string, unknown>): string {
  return documentHash(Object.fromEntries(FIELDS.map((field) => [field, payment[field] ?? null])), new Set(["amountPaid"]));
}

export function checkPayment(payment: PaymentInput): Problem[] {
  const check = new DocumentChecks(PAYMENT_STATUS.invalid);
  check.filing(payment);
  check.enterprise("payCode", payment.payCode);
  check.text("payName", payment.payName, 100);
  check.text("payTransactionId", payment.payTransactionId, 60);
  check.text("orderNo", payment.orderNo, 60);
  check.enterprise("ebpCode", payment.ebpCode);
  check.text("ebpName", payment.ebpName, 100);
  check.fixed("payerIdType", payment.payerIdType, "1", "resident ID");
  check.residentId("payerIdNumber", payment.payerIdNumber);
  check.text("payerName", payment.payerName, 60);
  check.text("telephone", payment.telephone, 50);
  check.amount("amountPaid", payment.amountPaid, { positive: true });
  check.fixed("currency", payment.currency, "142", "CNY");
  check.text("note", payment.note, 1000, false);
  return check.problems;
}
