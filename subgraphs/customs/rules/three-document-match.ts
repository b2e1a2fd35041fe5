/**
 * 三单对碰 (docs/domain.md#three-document-match): an inventory list is accepted only when its order (platform),
 * payment (payment company) and waybill (logistics company) agree with it and with each other: every line as
 * ordered (code, name, quantity, unit, unit price, total, currency), the goods value, freight and insurance,
 * and, once customs has assessed the list's tax, the tax the platform withheld on the order. Amounts compare
 * as decimals; the standard states equality, and the only tolerances are the rounding allowances of
 * three-document-match.rules.json, by the list's declaration date.
 *
 * Every difference is a finding: the rule, the document and field at fault, a return status, and what is
 * wrong. A finding carries the two values compared only when neither is personal (amounts, quantities,
 * codes, goods names) and both are the list's or its order's: the buyer's, payer's and consignee's names,
 * identity numbers, phones and addresses are never copied into a decision or a receipt
 * (docs/roles.md#personal-data), nor is the payment, which the list's agent may not read; customs reads
 * them from the documents' own fields, masked and audited.
 */
import Decimal from "decimal.js";
import { ruleOn } from "../../../lib/rules/effective";
import rules from "./three-document-match.rules.json";
import type { TaxResult } from "./import-tax";

type Amount = string | { toFixed(): string };

export interface MatchOrder {
  ebpCode: string;
  orderNo: string;
  ebcCode: string;
  goodsValue: Amount;
  freight: Amount;
  taxTotal: Amount;
  acturalPaid: Amount;
  currency: string;
  buyerIdType: string;
  buyerIdNumber: string;
  buyerName: string;
  consignee: string;
  consigneeTelephone: string;
  consigneeAddress: string;
  payCode: string;
  payTransactionId: string;
  lines: Array<{
    gnum: number;
    itemNo: string;
    itemName: string;
    barCode?: string | null;
    unit: string;
    qty: Amount;
    price: Amount;
    totalPrice: Amount;
    currency: string;
  }>;
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
  currency: string;
  declTime: Date;
  lines: Array<{
    gnum: number;
    itemNo?: string | null;
    gname: string;
    barCode: string;
    unit: string;
    qty: Amount;
    price: Amount;
    totalPrice: Amount;
    currency: string;
  }>;
}

/** The document a finding is about; "inventory" is the list itself, as its fields are named in a refusal. */
export type MatchDocument = "inventory" | "order" | "payment" | "waybill";

/**
 * One failed rule. `field` is a path inside `document` (`lines[1].qty`, `payerName`); `code` is the return
 * status of the rule (docs/errors.md#ceb-return-statuses); `expected`/`actual` only for non-personal values.
 */
export interface Finding {
  rule: string;
  document: MatchDocument;
  field: string;
  code: number;
  finding: string;
  expected?: string;
  actual?: string;
}

/** Return statuses of the match and admission rules: the standard's where it names one, else Tradegraph's in the CEB621 range. */
export const MATCH_STATUS = {
  enterpriseCode: -10102,
  listVsOrder: -621010,
  listVsWaybill: -621011,
  paymentVsOrder: -621012,
  waybillVsOrder: -621013,
  withheldTax: -621014,
  party: -621015,
  productFiling: -621016,
} as const;

export type MatchResult = {
  /** waiting: nothing found wrong yet, but a document is missing; mismatch: at least one finding. */
  outcome: "match" | "mismatch" | "waiting";
  missing: Array<"order" | "payment" | "waybill">;
  findings: Finding[];
  /** The non-personal values the match compared, for audit. */
  compared: Record<string, unknown>;
};

const FILE = "three-document-match.rules.json";
const text = (value: Amount) => (typeof value === "object" ? value.toFixed() : value);
/** An amount as a decimal, or null when it is not one (a list refused for that field is still matched on the rest). */
function decimal(value: Amount | null | undefined): Decimal | null {
  if (value == null) return null;
  try {
    return new Decimal(text(value));
  } catch {
    return null;
  }
}

/** The match's tolerances in force on a day. */
export function tolerancesOn(date: Date): { rounding: Decimal; withheldTax: Decimal; source: string } {
  const rule = ruleOn(rules.tolerances, date, FILE);
  return { rounding: new Decimal(rule.rounding), withheldTax: new Decimal(rule.withheldTax), source: rule.source };
}

class Findings {
  readonly list: Finding[] = [];

  constructor(private readonly rounding: Decimal) {}

  /**
   * Values the list's readers may not see: personal ones, and those of the payment and the order's payment
   * reference, which the list's agent has no right to read. The finding says that they differ, never what they are.
   */
  withoutValues(rule: string, document: MatchDocument, field: string, code: number, against: string, expected: string, actual: string): void {
    if (expected !== actual) this.list.push({ rule, document, field, code, finding: `differs from the ${against}` });
  }

  same(rule: string, document: MatchDocument, field: string, code: number, against: string, expected: string | number, actual: string | number): void {
    if (String(expected) !== String(actual)) {
      this.list.push({ rule, document, field, code, finding: `differs from the ${against}`, expected: String(expected), actual: String(actual) });
    }
  }

  amount(
    rule: string,
    document: MatchDocument,
    field: string,
    code: number,
    against: string,
    expected: Amount,
    actual: Amount,
    tolerance = new Decimal(0),
  ): void {
    const [want, got] = [decimal(expected), decimal(actual)];
    if (!want || !got || want.minus(got).abs().lessThanOrEqualTo(tolerance)) return;
    this.list.push({ rule, document, field, code, finding: `differs from the ${against}`, expected: want.toFixed(), actual: got.toFixed() });
  }

  rounded(rule: string, field: string, expected: Amount, actual: Amount): void {
    this.amount(rule, "inventory", field, MATCH_STATUS.listVsOrder, "order", expected, actual, this.rounding);
  }
}

/**
 * Matches a list with whichever of its documents have arrived. A difference with a document that is there is
 * final; with nothing wrong and a document missing the list waits for it.
 */
export function matchDocuments(list: MatchList, order: MatchOrder | null, payment: MatchPayment | null, waybill: MatchWaybill | null): MatchResult {
  const missing = [order ? null : "order", payment ? null : "payment", waybill ? null : "waybill"].filter(
    (name): name is "order" | "payment" | "waybill" => name !== null,
  );
  const tolerances = tolerancesOn(list.declTime);
  const f = new Findings(tolerances.rounding);
  const S = MATCH_STATUS;

  if (order && payment) {
    f.withoutValues("the payment names the order", "payment", "ebpCode", S.paymentVsOrder, "order", order.ebpCode, payment.ebpCode);
    f.withoutValues("the payment names the order", "payment", "orderNo", S.paymentVsOrder, "order", order.orderNo, payment.orderNo);
    f.withoutValues("the order names the payment", "order", "payCode", S.paymentVsOrder, "payment", payment.payCode, order.payCode);
    f.withoutValues("the order names the payment", "order", "payTransactionId", S.paymentVsOrder, "payment", payment.payTransactionId, order.payTransactionId);
    if (!decimal(order.acturalPaid)!.equals(decimal(payment.amountPaid)!)) {
      f.withoutValues("amount paid = the order's acturalPaid", "payment", "amountPaid", S.paymentVsOrder, "order", "acturalPaid", "amountPaid");
    }
    f.withoutValues("the buyer pays: identity type", "payment", "payerIdType", S.paymentVsOrder, "order", order.buyerIdType, payment.payerIdType);
    f.withoutValues("the buyer pays: identity number", "payment", "payerIdNumber", S.paymentVsOrder, "order", order.buyerIdNumber, payment.payerIdNumber);
    f.withoutValues("the buyer pays: name", "payment", "payerName", S.paymentVsOrder, "order", order.buyerName, payment.payerName);
  }
  if (order && waybill) {
    f.withoutValues("the waybill carries the order", "waybill", "orderNo", S.waybillVsOrder, "order", order.orderNo, waybill.orderNo);
    f.withoutValues("consignee as on the order", "waybill", "consignee", S.waybillVsOrder, "order", order.consignee, waybill.consignee);
    f.withoutValues(
      "consignee as on the order",
      "waybill",
      "consigneeTelephone",
      S.waybillVsOrder,
      "order",
      order.consigneeTelephone,
      waybill.consigneeTelephone,
    );
    f.withoutValues("consignee as on the order", "waybill", "consigneeAddress", S.waybillVsOrder, "order", order.consigneeAddress, waybill.consigneeAddress);
  }
  if (order) {
    f.same("the list declares the order", "inventory", "ebcCode", S.listVsOrder, "order", order.ebcCode, list.ebcCode);
    f.withoutValues("the list's buyer is the order's", "inventory", "buyerIdNumber", S.listVsOrder, "order", order.buyerIdNumber, list.buyerIdNumber);
    f.withoutValues("the list's buyer is the order's", "inventory", "buyerName", S.listVsOrder, "order", order.buyerName, list.buyerName);
    f.same("currency as on the order", "inventory", "currency", S.listVsOrder, "order", order.currency, list.currency);
    f.amount("freight as on the order", "inventory", "freight", S.listVsOrder, "order", order.freight, list.freight);
    const goodsValue = list.lines.reduce<Decimal | null>((sum, line) => {
      const total = decimal(line.totalPrice);
      return sum && total ? sum.plus(total) : null;
    }, new Decimal(0));
    if (goodsValue) f.rounded("goods value (Σ totalPrice) as ordered", "goodsValue", order.goodsValue, goodsValue.toFixed());
    f.same("one list line per order line", "inventory", "lines", S.listVsOrder, "order", order.lines.length, list.lines.length);
    list.lines.forEach((line, index) => {
      const at = `lines[${index}]`;
      const ordered = order.lines.find((candidate) => candidate.gnum === line.gnum);
      if (!ordered) {
        f.list.push({
          rule: "one list line per order line",
          document: "inventory",
          field: `${at}.gnum`,
          code: S.listVsOrder,
          finding: "is no line of the order",
          actual: String(line.gnum),
        });
        return;
      }
      if (line.itemNo) f.same("goods code as ordered", "inventory", `${at}.itemNo`, S.listVsOrder, "order", ordered.itemNo, line.itemNo);
      if (ordered.barCode && ordered.barCode !== "无")
        f.same("goods code as ordered", "inventory", `${at}.barCode`, S.listVsOrder, "order", ordered.barCode, line.barCode);
      f.same("goods named as on the order", "inventory", `${at}.gname`, S.listVsOrder, "order", ordered.itemName, line.gname);
      f.amount("quantity as ordered", "inventory", `${at}.qty`, S.listVsOrder, "order", ordered.qty, line.qty);
      f.same("unit as ordered", "inventory", `${at}.unit`, S.listVsOrder, "order", ordered.unit, line.unit);
      f.rounded("unit price as ordered", `${at}.price`, ordered.price, line.price);
      f.rounded("line total as ordered", `${at}.totalPrice`, ordered.totalPrice, line.totalPrice);
      f.same("currency as on the order", "inventory", `${at}.currency`, S.listVsOrder, "order", ordered.currency, line.currency);
    });
  }
  if (waybill) {
    f.amount("freight as the logistics company charged", "inventory", "freight", S.listVsWaybill, "waybill", waybill.freight, list.freight);
    f.amount("insurance as the logistics company charged", "inventory", "insuredFee", S.listVsWaybill, "waybill", waybill.insuredFee, list.insuredFee);
  }

  const findings = f.list;
  return {
    outcome: findings.length > 0 ? "mismatch" : missing.length > 0 ? "waiting" : "match",
    missing,
    findings,
    compared: {
      tolerances: rules.tolerances.find((rule) => rule.source === tolerances.source),
      ...(order
        ? {
            order: {
              ebpCode: order.ebpCode,
              orderNo: order.orderNo,
              goodsValue: text(order.goodsValue),
              freight: text(order.freight),
              taxTotal: text(order.taxTotal),
              acturalPaid: text(order.acturalPaid),
              payCode: order.payCode,
              payTransactionId: order.payTransactionId,
              lines: order.lines.length,
            },
          }
        : {}),
      ...(payment
        ? { payment: { payCode: payment.payCode, payTransactionId: payment.payTransactionId, amountPaid: text(payment.amountPaid), orderNo: payment.orderNo } }
        : {}),
      ...(waybill
        ? {
            waybill: {
              logisticsCode: waybill.logisticsCode,
              logisticsNo: waybill.logisticsNo,
              orderNo: waybill.orderNo,
              freight: text(waybill.freight),
              insuredFee: text(waybill.insuredFee),
            },
          }
        : {}),
      list: { freight: text(list.freight), insuredFee: text(list.insuredFee), lines: list.lines.length },
    },
  };
}

/**
 * The tax the platform withheld on the order (its taxTotal) against the tax customs assesses on the list,
 * within the tolerance in force on the list's declaration date. Evaluated once the tax is worked out.
 */
export function withheldTaxFinding(order: Pick<MatchOrder, "taxTotal">, assessed: Amount, declTime: Date): Finding | null {
  const withheld = decimal(order.taxTotal)!;
  const tax = decimal(assessed)!;
  if (withheld.minus(tax).abs().lessThanOrEqualTo(tolerancesOn(declTime).withheldTax)) return null;
  return {
    rule: "the order withholds the tax customs assesses",
    document: "order",
    field: "taxTotal",
    code: MATCH_STATUS.withheldTax,
    finding: "differs from the tax assessed on the list",
    expected: tax.toFixed(),
    actual: withheld.toFixed(),
  };
}

/**
 * A finding as a receipt lists it: where (unless the caller names the field itself), the code, the rule, what
 * is wrong, and non-personal values only.
 */
export function findingText(finding: Finding, where = true): string {
  const values = finding.expected !== undefined || finding.actual !== undefined ? ` (expected ${finding.expected ?? "-"}, got ${finding.actual ?? "-"})` : "";
  const text = `${finding.rule}: ${finding.finding}${values}`;
  return where ? `${finding.document}.${finding.field} ${finding.code} ${text}` : text;
}

/** Every finding, in the order found, separated by "; ". */
export function findingsText(findings: readonly Finding[]): string {
  return findings.map((finding) => findingText(finding)).join("; ");
}

/** A refused tax (a limit, or no rule in force) as a finding of the list. */
export function limitFinding(tax: Extract<TaxResult, { outcome: "refused" }>): Finding {
  return {
    rule: "CBEC retail import limits",
    document: "inventory",
    field: tax.returnStatus === -621018 ? "buyerIdNumber" : "lines",
    code: tax.returnStatus,
    finding: tax.reason,
  };
}

/** The tax as a decision records it: without the buyer's purchases of the year, their spending on every platform (docs/roles.md). */
export function recordedTax(tax: TaxResult): Record<string, unknown> {
  return Object.fromEntries(Object.entries(tax).filter(([key]) => key !== "annualTotalAfter"));
}

export type Judgement =
  | { outcome: "rejected"; returnStatus: 100; returnInfo: string; decision: Record<string, unknown> }
  | { outcome: "waiting"; returnStatus: 2; returnInfo: string; decision: Record<string, unknown> }
  | { outcome: "accepted"; tax: Exclude<TaxResult, { outcome: "refused" }>; decision: Record<string, unknown> };

/**
 * The judgement of a list on what is known of it: the match, the other findings (admission), and the tax
 * assessed on it, whose limits and whose comparison with the tax the order withheld are further rules. Every
 * failed rule is a finding of one rejection (100) listing them all; with none, a list missing a document
 * waits (2); otherwise it is accepted (sampling and release follow). The decision records the findings
 * and what was compared, never a personal value. Live declarations and the demo world both judge here.
 */
export function judgeList(input: {
  list: Pick<MatchList, "declTime">;
  order: Pick<MatchOrder, "taxTotal"> | null;
  match: MatchResult;
  others: readonly Finding[];
  tax: TaxResult;
  admission: unknown;
}): Judgement {
  const { match, tax } = input;
  const taxed = tax.outcome === "refused" ? [limitFinding(tax)] : input.order ? [withheldTaxFinding(input.order, tax.total, input.list.declTime)] : [];
  const findings = [...input.others, ...match.findings, ...taxed.filter((finding): finding is Finding => finding !== null)];
  const recorded = { findings, match: { outcome: match.outcome, missing: match.missing, compared: match.compared }, admission: input.admission ?? null };
  if (findings.length > 0) {
    return {
      outcome: "rejected",
      returnStatus: 100,
      returnInfo: `海关退单: ${findingsText(findings)}`,
      decision: { outcome: "rejected", ...recorded, tax: recordedTax(tax) },
    };
  }
  if (match.outcome === "waiting") {
    return {
      outcome: "waiting",
      returnStatus: 2,
      returnInfo: `电子口岸申报中: waiting for the ${match.missing.join(", ")}`,
      decision: { outcome: "waiting", ...recorded },
    };
  }
  if (tax.outcome === "refused") throw new Error("a refused tax is a finding, and findings reject the list");
  return { outcome: "accepted", tax, decision: { outcome: "accepted", ...recorded, tax: recordedTax(tax) } };
}
