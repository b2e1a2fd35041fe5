/**
 * 三单对碰 (docs/domain.md#three-document-match): an inventory list is accepted only when its order (platform),
 * payment (payment company) and waybill (logistics company) agree with it and with each other. Amounts
 * compare as decimals, exactly: the standard states equality.
 */
import Decimal from "decimal.js";

type Amount = string | { toFixed(): string };

export interface MatchOrder {
  ebpCode: string;
  orderNo: string;
  ebcCode: string;
  acturalPaid: Amount;
  buyerIdType: string;
  buyerIdNumber: string;
  buyerName: string;
  consignee: string;
  consigneeTelephone: string;
  consigneeAddress: string;
  payCode: string;
  payTransactionId: string;
  lines: Array<{ gnum: number; itemName: string }>;
}

export interface MatchPayment {
  payCode: string;
  payTransactionId: string;
  ebpCode: string;
  orderNo: string;
  amountPaid: Amount;
  payerIdType: string;
  payerIdNumber: string;
  payerName: string;
}

export interface MatchWaybill {
  logisticsCode: string;
  logisticsNo: string;
  orderNo: string;
  freight: Amount;
  insuredFee: Amount;
  consignee: string;
  consigneeTelephone: string;
  consigneeAddress: string;
}

export interface MatchList {
  orderNo: string;
  ebpCode: string;
  ebcCode: string;
  logisticsCode: string;
  logisticsNo: string;
  buyerIdNumber: string;
  buyerName: string;
  freight: Amount;
  insuredFee: Amount;
  lines: Array<{ gnum: number; gname: string }>;
}

export interface Failure {
  rule: string;
  field: string;
  expected: string;
  actual: string;
}

export type MatchResult =
  | { outcome: "waiting"; missing: Array<"order" | "payment" | "waybill"> }
  | { outcome: "match" | "mismatch"; failures: Failure[]; compared: Record<string, unknown> };

const text = (value: Amount) => (typeof value === "object" ? value.toFixed() : value);

export function matchDocuments(list: MatchList, order: MatchOrder | null, payment: MatchPayment | null, waybill: MatchWaybill | null): MatchResult {
  const missing = [order ? null : "order", payment ? null : "payment", waybill ? null : "waybill"].filter(
    (name): name is "order" | "payment" | "waybill" => name !== null,
  );
  if (!order || !payment || !waybill) return { outcome: "waiting", missing };

  const failures: Failure[] = [];
  const differ = (rule: string, field: string, expected: string, actual: string) => failures.push({ rule, field, expected, actual });
  const same = (rule: string, field: string, expected: string | number, actual: string | number) => {
    if (String(expected) !== String(actual)) differ(rule, field, String(expected), String(actual));
  };
  const sameAmount = (rule: string, field: string, expected: Amount, actual: Amount) => {
    if (!new Decimal(text(expected)).equals(text(actual))) differ(rule, field, text(expected), text(actual));
  };

  same("the payment names the order", "payment.ebpCode", order.ebpCode, payment.ebpCode);
  same("the payment names the order", "payment.orderNo", order.orderNo, payment.orderNo);
  same("the order names the payment", "order.payCode", payment.payCode, order.payCode);
  same("the order names the payment", "order.payTransactionId", payment.payTransactionId, order.payTransactionId);
  sameAmount("amount paid = the order's acturalPaid", "payment.amountPaid", order.acturalPaid, payment.amountPaid);
  same("the buyer pays: identity type", "payment.payerIdType", order.buyerIdType, payment.payerIdType);
  same("the buyer pays: identity number", "payment.payerIdNumber", order.buyerIdNumber, payment.payerIdNumber);
  same("the buyer pays: name", "payment.payerName", order.buyerName, payment.payerName);
  same("the waybill carries the order", "waybill.orderNo", order.orderNo, waybill.orderNo);
  same("consignee as on the order", "waybill.consignee", order.consignee, waybill.consignee);
  same("consignee as on the order", "waybill.consigneeTelephone", order.consigneeTelephone, waybill.consigneeTelephone);
  same("consignee as on the order", "waybill.consigneeAddress", order.consigneeAddress, waybill.consigneeAddress);
  same("the list declares the order", "list.ebcCode", order.ebcCode, list.ebcCode);
  same("the list's buyer is the order's", "list.buyerIdNumber", order.buyerIdNumber, list.buyerIdNumber);
  same("the list's buyer is the order's", "list.buyerName", order.buyerName, list.buyerName);
  sameAmount("freight as the logistics company charged", "list.freight", waybill.freight, list.freight);
  sameAmount("insurance as the logistics company charged", "list.insuredFee", waybill.insuredFee, list.insuredFee);
  same("one list line per order line", "list.lines", order.lines.length, list.lines.length);
  for (const line of list.lines) {
    const ordered = order.lines.find((candidate) => candidate.gnum === line.gnum);
    if (!ordered) differ("one list line per order line", `list.lines[gnum ${line.gnum}]`, "a line of the order", "none");
    else same("goods named as on the order", `list.lines[gnum ${line.gnum}].gname`, ordered.itemName, line.gname);
  }

  return {
    outcome: failures.length === 0 ? "match" : "mismatch",
    failures,
    compared: {
      order: {
        ebpCode: order.ebpCode,
        orderNo: order.orderNo,
        acturalPaid: text(order.acturalPaid),
        payCode: order.payCode,
        payTransactionId: order.payTransactionId,
      },
      payment: { payCode: payment.payCode, payTransactionId: payment.payTransactionId, amountPaid: text(payment.amountPaid), orderNo: payment.orderNo },
      waybill: {
        logisticsCode: waybill.logisticsCode,
        logisticsNo: waybill.logisticsNo,
        orderNo: waybill.orderNo,
        freight: text(waybill.freight),
        insuredFee: text(waybill.insuredFee),
      },
      list: { freight: text(list.freight), insuredFee: text(list.insuredFee), lines: list.lines.length },
    },
  };
}
