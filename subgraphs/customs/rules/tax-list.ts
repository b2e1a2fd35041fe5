/**
 * CEB816 电子税单 (docs/partner-guide.md#tax-lists-ceb816): the tax notice of one released list, read
 * from what customs stored when it accepted the list — the list's tax and, per line, the amounts of the same
 * assessment (the decision's `tax.lines`). Nothing is assessed again here: the notice says what the list
 * was charged, to the fen, and the bill summed.
 *
 * - taxNo: the list's invtNo with its I (import) replaced by T: district (4) + year (4) + T + serial (9),
 *   so one list has one tax list, and the number is stable from release on.
 * - status: 1 已生成 from release; 2 已汇总 once the list's return window has closed (its tax is then final
 *   on its guarantor's monthly bill); 3 作废 when the goods were returned (CEB625) and the tax refunded.
 * - entDutyNo: the bill the tax is on: the guarantor's USCC and the bill's month (YYYYMM).
 */
import { createHash } from "node:crypto";
import Decimal from "decimal.js";
import { cebEnvelope, cebTime } from "../../../lib/documents/ceb-message";
import { dutiableValues } from "./import-tax";
import { RETURNABLE, returnWindowClosed } from "./withdrawal";

type Amount = Decimal.Value | { toFixed(): string };

/** What a tax list is made from: a released list as stored, with its lines. */
export interface StoredList {
  agentCode: string;
  copNo: string;
  invtNo: string | null;
  orderNo: string;
  logisticsNo: string;
  logisticsCode: string;
  ebcCode: string;
  assureCode: string;
  /** The parties' USCCs (the list may name them by customs code): the row policy and the bill go by these. */
  agentUscc: string;
  ebcUscc: string;
  logisticsUscc: string;
  assureUscc: string;
  customsCode: string;
  returnStatus: number;
  /** The release day. */
  ieDate: Date | null;
  /** The bill (month of release) the tax went to; null for a list never released. */
  taxBillPeriod: string | null;
  freight: Amount;
  insuredFee: Amount;
  customsTax: Amount | null;
  valueAddedTax: Amount | null;
  consumptionTax: Amount | null;
  taxTotal: Amount | null;
  decision: unknown;
  lines: ReadonlyArray<{ gnum: number; gcode: string; totalPrice: Amount }>;
}

export type TaxListStatus = 1 | 2 | 3;
export const TAX_LIST_STATUS = { issued: 1, summarised: 2, void: 3 } as const;

export interface TaxListLine {
  gnum: number;
  gcode: string;
  /** 完税总价格: the line's goods value with its share of freight and insurance, to the fen. */
  taxPrice: string;
  customsTax: string;
  valueAddedTax: string;
  consumptionTax: string;
}

export interface TaxList {
  invtNo: string;
  taxNo: string;
  customsTax: string;
  valueAddedTax: string;
  consumptionTax: string;
  taxTotal: string;
  status: TaxListStatus;
  /** The release day (YYYY-MM-DD as a Date at UTC midnight, as the Date scalar reads it). */
  issuedOn: Date;
  entDutyNo: string;
  assureCode: string;
  ebcCode: string;
  logisticsCode: string;
  agentCode: string;
  agentUscc: string;
  ebcUscc: string;
  logisticsUscc: string;
  assureUscc: string;
  copNo: string;
  customsCode: string;
  orderNo: string;
  logisticsNo: string;
  lines: TaxListLine[];
}

const text = (value: Amount | null) =>
  new Decimal(value == null ? 0 : typeof value === "object" && !(value instanceof Decimal) ? value.toFixed() : value).toFixed(2);

/** Whether a stored list has a tax list: it was released, so its tax went to a bill. */
export const hasTaxList = (list: Pick<StoredList, "invtNo" | "ieDate" | "taxBillPeriod">): boolean =>
  list.invtNo !== null && list.ieDate !== null && list.taxBillPeriod !== null;

export const taxNoOf = (invtNo: string): string => `${invtNo.slice(0, 8)}T${invtNo.slice(9)}`;

export function taxListStatus(list: Pick<StoredList, "returnStatus" | "ieDate">, at: Date): TaxListStatus {
  if (!RETURNABLE.has(list.returnStatus)) return TAX_LIST_STATUS.void;
  return returnWindowClosed(list.ieDate!, at) ? TAX_LIST_STATUS.summarised : TAX_LIST_STATUS.issued;
}

type LineTax = Record<"customsTax" | "valueAddedTax" | "consumptionTax", string>;
const TAXES = ["customsTax", "valueAddedTax", "consumptionTax"] as const;

/**
 * The per-line amounts the acceptance recorded, in gnum order (the order the tax was assessed in). A list
 * accepted before decisions recorded them gets its stored head amounts shared by the lines' 完税价格, to
 * the fen, the rounding left on the last line: the lines still add up to the head exactly.
 */
function assessedLines(list: StoredList, dutiable: Decimal[]): LineTax[] {
  const lines = (list.decision as { tax?: { lines?: unknown } } | null)?.tax?.lines;
  if (Array.isArray(lines) && lines.length === dutiable.length) return lines as LineTax[];
  const whole = dutiable.reduce((total, value) => total.plus(value), new Decimal(0));
  const shares = dutiable.map((value) => (whole.isZero() ? new Decimal(1).dividedBy(dutiable.length) : value.dividedBy(whole)));
  const split = (head: Amount | null) => {
    const total = new Decimal(text(head));
    const parts = shares.map((share) => total.times(share).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
    parts[parts.length - 1] = total.minus(parts.slice(0, -1).reduce((sum, part) => sum.plus(part), new Decimal(0)));
    return parts;
  };
  const columns = Object.fromEntries(TAXES.map((tax) => [tax, split(list[tax])])) as Record<(typeof TAXES)[number], Decimal[]>;
  return dutiable.map((_, index) => Object.fromEntries(TAXES.map((tax) => [tax, columns[tax][index]!.toFixed(2)])) as LineTax);
}

/**
 * The CEB816 of a released list, as of `at` (which decides between status 1 and 2). Pure: the event writer
 * calls it with the list it has just changed and the change's time.
 */
export function taxListOf(list: StoredList, at: Date): TaxList {
  if (!hasTaxList(list)) throw new Error(`list ${list.agentCode}/${list.copNo} was never released: it has no tax list`);
  const lines = [...list.lines].sort((a, b) => a.gnum - b.gnum);
  const dutiable = dutiableValues(
    lines.map((line) => text(line.totalPrice)),
    { freight: text(list.freight), insuredFee: text(list.insuredFee) },
  );
  const assessed = assessedLines(list, dutiable);
  return {
    invtNo: list.invtNo!,
    taxNo: taxNoOf(list.invtNo!),
    customsTax: text(list.customsTax),
    valueAddedTax: text(list.valueAddedTax),
    consumptionTax: text(list.consumptionTax),
    taxTotal: text(list.taxTotal),
    status: taxListStatus(list, at),
    issuedOn: list.ieDate!,
    entDutyNo: `${list.assureUscc}${list.taxBillPeriod!.replace("-", "")}`,
    assureCode: list.assureCode,
    ebcCode: list.ebcCode,
    logisticsCode: list.logisticsCode,
    agentCode: list.agentCode,
    agentUscc: list.agentUscc,
    ebcUscc: list.ebcUscc,
    logisticsUscc: list.logisticsUscc,
    assureUscc: list.assureUscc,
    copNo: list.copNo,
    customsCode: list.customsCode,
    orderNo: list.orderNo,
    logisticsNo: list.logisticsNo,
    lines: lines.map((line, index) => ({
      gnum: line.gnum,
      gcode: line.gcode,
      taxPrice: dutiable[index]!.toFixed(2, Decimal.ROUND_HALF_UP),
      customsTax: text(assessed[index]!.customsTax),
      valueAddedTax: text(assessed[index]!.valueAddedTax),
      consumptionTax: text(assessed[index]!.consumptionTax),
    })),
  };
}

/** A GUID that is the same for the same tax list in the same status, so that the same notice reads the same twice. */
function noticeGuid(tax: TaxList): string {
  const hex = createHash("sha256").update(`CEB816|${tax.taxNo}|${tax.status}`).digest("hex").toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** TaxHeadRd's elements after guid and returnTime, and TaxListRd's, in the standard's order. */
const HEAD_FIELDS = [
  "invtNo",
  "taxNo",
  "customsTax",
  "valueAddedTax",
  "consumptionTax",
  "status",
  "entDutyNo",
  "assureCode",
  "ebcCode",
  "logisticsCode",
  "agentCode",
  "customsCode",
  "orderNo",
  "logisticsNo",
] as const satisfies ReadonlyArray<keyof TaxList>;
const LINE_FIELDS = ["gnum", "gcode", "taxPrice", "customsTax", "valueAddedTax", "consumptionTax"] as const satisfies ReadonlyArray<keyof TaxListLine>;

/**
 * The CEB816Message of one tax list: Tax { TaxHeadRd, TaxListRd* }, amounts to the fen, returnTime (C17, China
 * time) the instant the notice is read as of. The elements follow the standard's order whatever the order of
 * `tax`'s keys (a tax list read back from a jsonb event has its keys sorted).
 */
export function taxListMessage(tax: TaxList, at: Date): string {
  const guid = noticeGuid(tax);
  return cebEnvelope(
    "CEB816Message",
    {
      "ceb:Tax": {
        "ceb:TaxHeadRd": {
          "ceb:guid": guid,
          "ceb:returnTime": cebTime(at),
          ...Object.fromEntries(HEAD_FIELDS.map((key) => [`ceb:${key}`, tax[key]])),
          "ceb:note": "",
        },
        "ceb:TaxListRd": tax.lines.map((line) => Object.fromEntries(LINE_FIELDS.map((key) => [`ceb:${key}`, line[key]]))),
      },
    },
    guid,
  );
}
