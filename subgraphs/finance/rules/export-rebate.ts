/**
 * Export VAT rebate (出口退税, docs/domain.md#export-rebates): which declaration forms qualify, what they
 * earn, who gets the green channel, and the order an application's steps must keep. Pure functions over
 * the facts finance gathers (the form from customs, the credit of the applicant, its own receipts).
 */
import Decimal from "decimal.js";
import { coverage, coverageGap, expectedPayment, type ReceivedPayment } from "./coverage";
import { inForce } from "../../../lib/rules/effective";
import { chinaDay } from "../../../lib/rules/china-time";
import { referenceRate, toCny } from "./fx";
import greenChannelRules from "./green-channel.rules.json";
import rebateRates from "./rebate-rates.rules.json";

export type RebateStatus = "SUBMITTED" | "REVIEWED" | "APPROVED" | "REJECTED" | "PAID";

/** The form as customs answers summaryResult (CEB792), with its lists. */
export interface SummaryForm {
  ebcCode: string;
  decState: string;
  items: Array<{ gnum: number; gcode: string; country: string; currency: string; totalPrice: string }>;
  declarations: Array<{
    invtNo: string | null;
    ebpCode: string;
    orderNo: string;
    returnStatus: number;
    statisticsFlag: string;
    goodsValue: string;
    currency: string;
    /** YYYY-MM-DD */
    ieDate: string;
    /** The order the list declares, as customs holds it: what the buyer owes is its goods and freight. */
    order: { goodsValue: string; freight: string; currency: string } | null;
    /** The list's parcel as logistics holds it; null when logistics has no such waybill. */
    waybill: { status: string } | null;
  }>;
}

export interface ApplicantCredit {
  onNegativeList: boolean;
  creditClass: string | null;
}

/**
 * Why an application is refused (nothing is stored). `reason` is the stable code clients branch on;
 * `code` is the GraphQL error code: FORBIDDEN for a negative-listed applicant (no facilitation at all,
 * whatever the form), BAD_USER_INPUT for everything about the form.
 */
export interface RebateRefusal {
  code: "BAD_USER_INPUT" | "FORBIDDEN";
  reason:
    | "FORM_NOT_FOUND"
    | "NEGATIVE_LIST"
    | "LIST_NOT_RELEASED"
    | "LIST_NOT_SUMMARY"
    | "NOT_DEPARTED"
    | "LIST_ALREADY_APPLIED"
    | "ALREADY_APPLIED"
    | "PAYMENT_NOT_RECEIVED"
    | "NO_REFERENCE_RATE"
    | "NO_REBATE_RATE";
  field: string;
  message: string;
}

export interface RebateItem {
  gnum: number;
  gcode: string;
  country: string;
  currency: string;
  totalPrice: string;
  referenceRate: Decimal;
  valueCny: Decimal;
  rebateRate: Decimal | null;
  rateConfidence: string | null;
  rebateAmount: Decimal;
}

export interface RebateAssessment {
  exportDate: string;
  items: RebateItem[];
  lists: Array<{ invtNo: string; ebpCode: string; orderNo: string; goodsValue: string; currency: string; received: Decimal }>;
  valueCny: Decimal;
  rebateAmount: Decimal;
}

const RELEASED = 800;
const SUMMARY_FLAG = "B";

/** The rebate rate (percent) of a 10-digit code on a day, with the table's confidence; undefined when there is none. */
export function rebateRate(gcode: string, day: string): { rate: Decimal; confidence: string } | undefined {
  const table = inForce(rebateRates.rules, day)?.rates as Record<string, { rate: string; confidence: string }> | undefined;
  const entry = table?.[gcode];
  return entry ? { rate: new Decimal(entry.rate), confidence: entry.confidence } : undefined;
}

/** Green channel: the applicant's class is one the rules name; the review is due reviewMinutes after submission. */
export function greenChannel(creditClass: string | null, submittedAt: Date): { greenChannel: boolean; reviewDeadline: Date | null } {
  const rule = inForce(greenChannelRules.rules, chinaDay(submittedAt));
  if (!rule || creditClass == null || !rule.creditClasses.includes(creditClass)) return { greenChannel: false, reviewDeadline: null };
  return { greenChannel: true, reviewDeadline: new Date(submittedAt.getTime() + rule.reviewMinutes * 60_000) };
}

const refuse = (reason: RebateRefusal["reason"], field: string, message: string, code: RebateRefusal["code"] = "BAD_USER_INPUT"): RebateRefusal => ({
  code,
  reason,
  field,
  message,
});

/**
 * Checks a form for an applicant, in the order a clerk would: whose form it is, whether the applicant
 * may have facilitation at all, whether its lists are released summary lists, whether it is already
 * being handled, whether the money came in, and whether anything on it earns a rebate. The first failed
 * check refuses; otherwise the rebate of every item, at the rates of the form's export date.
 */
export function assessRebate(facts: {
  applicant: string;
  form: SummaryForm | null;
  credit: ApplicantCredit | null;
  openApplication: { applicationNo: string; status: RebateStatus } | null;
  receiptsByOrder: (ebpCode: string, orderNo: string) => readonly ReceivedPayment[];
}): RebateRefusal | RebateAssessment {
  const { form, credit } = facts;
  // Another consignor's form is not found, exactly as a missing one: the refusal does not tell that it exists.
  if (!form || form.ebcCode !== facts.applicant) return refuse("FORM_NOT_FOUND", "application.entryId", "you have no declaration form with this entry number");
  if (credit?.onNegativeList) {
    return refuse(
      "NEGATIVE_LIST",
      "application.ebcCode",
      "the applicant is on the credit negative list: no export rebate is granted while the entry is in force",
      "FORBIDDEN",
    );
  }
  for (const list of form.declarations) {
    if (list.returnStatus !== RELEASED) {
      return refuse("LIST_NOT_RELEASED", "application.entryId", `list ${list.invtNo ?? list.orderNo} is not released (status ${list.returnStatus})`);
    }
    if (list.statisticsFlag !== SUMMARY_FLAG) {
      return refuse(
        "LIST_NOT_SUMMARY",
        "application.entryId",
        `list ${list.invtNo ?? list.orderNo} is statisticsFlag ${list.statisticsFlag}: only summary (B) lists lead to a rebate form`,
      );
    }
    if (list.waybill?.status !== "DEPARTED") {
      return refuse(
        "NOT_DEPARTED",
        "application.entryId",
        `the parcel of list ${list.invtNo ?? list.orderNo} has not left the country (no CEB509 departure): no rebate for goods that did not leave`,
      );
    }
  }
  if (facts.openApplication) {
    return refuse(
      "ALREADY_APPLIED",
      "application.entryId",
      `the form already has application ${facts.openApplication.applicationNo} (${facts.openApplication.status})`,
    );
  }
  const lists: RebateAssessment["lists"] = [];
  for (const list of form.declarations) {
    // The same definition of "paid" as the monthly reconciliation: the order's goods and freight, by receipts naming this exporter.
    const { expected, currency } = expectedPayment(list);
    const covered = coverage(expected, currency, facts.receiptsByOrder(list.ebpCode, list.orderNo), form.ebcCode);
    if (covered.status !== "COVERED") {
      return refuse("PAYMENT_NOT_RECEIVED", "application.entryId", `order ${list.orderNo} of platform ${list.ebpCode}: ${coverageGap(covered, currency)}`);
    }
    lists.push({
      invtNo: list.invtNo ?? "",
      ebpCode: list.ebpCode,
      orderNo: list.orderNo,
      goodsValue: list.goodsValue,
      currency: list.currency,
      received: covered.received,
    });
  }

  const exportDate =
    form.declarations
      .map((list) => list.ieDate)
      .sort()
      .at(-1) ?? "";
  const items: RebateItem[] = [];
  for (const item of form.items) {
    const reference = referenceRate(item.currency, exportDate);
    if (!reference) return refuse("NO_REFERENCE_RATE", "application.entryId", `no reference rate for currency ${item.currency} on ${exportDate}`);
    const valueCny = toCny(item.totalPrice, reference);
    const rate = rebateRate(item.gcode, exportDate);
    items.push({
      gnum: item.gnum,
      gcode: item.gcode,
      country: item.country,
      currency: item.currency,
      totalPrice: item.totalPrice,
      referenceRate: reference,
      valueCny,
      rebateRate: rate?.rate ?? null,
      rateConfidence: rate?.confidence ?? null,
      rebateAmount: rate ? toCny(valueCny, rate.rate.dividedBy(100)) : new Decimal(0),
    });
  }
  // A 0% rate is the table saying the goods earn no rebate: a form of such goods alone has nothing to apply for.
  if (!items.some((item) => item.rebateRate?.greaterThan(0))) {
    return refuse("NO_REBATE_RATE", "application.entryId", `no item of the form has a rebate rate above 0 on ${exportDate} (rebate-rates.rules.json)`);
  }
  const sum = (values: Decimal[]) => values.reduce((total, value) => total.plus(value), new Decimal(0));
  return { exportDate, items, lists, valueCny: sum(items.map((item) => item.valueCny)), rebateAmount: sum(items.map((item) => item.rebateAmount)) };
}

export const isRefusal = (outcome: RebateRefusal | RebateAssessment): outcome is RebateRefusal => "reason" in outcome;

/** The steps of an application, each by finance staff (or the sweep for the green channel). */
export const STEPS = {
  review: { from: "SUBMITTED", to: "REVIEWED" },
  approve: { from: "REVIEWED", to: "APPROVED" },
  reject: { from: "REVIEWED", to: "REJECTED" },
  pay: { from: "APPROVED", to: "PAID" },
} as const satisfies Record<string, { from: RebateStatus; to: RebateStatus }>;

export type Step = keyof typeof STEPS;

/** Why a step cannot be taken from the current status, or null when it can. */
export function stepProblem(current: RebateStatus, step: Step): string | null {
  const { from, to } = STEPS[step];
  return current === from ? null : `an application ${current} cannot become ${to}: only a ${from} one can`;
}

/** Lifecycle order, for showing a history whose steps share an instant (the sweep's review and approval). */
export const STATUS_ORDER: readonly RebateStatus[] = ["SUBMITTED", "REVIEWED", "APPROVED", "REJECTED", "PAID"];
