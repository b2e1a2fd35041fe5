/**
 * 汇总申报 (docs/domain.md#summary-declaration): a consignor's released flag-B lists of one month become
 * declaration forms. Lists share a form when they share consignor, transport mode, producer (summaryFlag 2
 * only), destination country, exit customs and currency (a form's total is a sum of one currency, never of
 * several); on a form, lines merge into one item when they share final destination, 10-digit commodity code
 * and currency.
 */
import Decimal from "decimal.js";
import { chinaDay } from "../../../lib/rules/china-time";
import { documentHash } from "../../../lib/rules/document-hash";
import { inForce } from "../../../lib/rules/effective";
import rules from "./summary.rules.json";

export interface SummaryLine {
  gnum: number;
  gcode: string;
  gname: string;
  country: string;
  currency: string;
  qty: Decimal.Value;
  qty1: Decimal.Value;
  totalPrice: Decimal.Value;
}

export interface SummaryList {
  agentCode: string;
  copNo: string;
  ebcCode: string;
  trafMode: string;
  ownerCode: string;
  country: string;
  portCode: string;
  lines: SummaryLine[];
}

export interface SummaryForm {
  ebcCode: string;
  ownerCode: string | null;
  trafMode: string;
  country: string;
  portCode: string;
  /** The currency of every item and of totalPrice. */
  currency: string;
  lists: string[];
  totalPrice: Decimal;
  items: Array<{
    gnum: number;
    gcode: string;
    gname: string;
    country: string;
    currency: string;
    qty: Decimal;
    qty1: Decimal;
    totalPrice: Decimal;
    lineCount: number;
  }>;
}

export const listKey = (list: { agentCode: string; copNo: string }) => `${list.agentCode}|${list.copNo}`;

/** The forms of a summary, in a stable order (by their keys), items numbered 1..n by code, destination, currency. */
export function summarise(lists: SummaryList[], summaryFlag: "1" | "2"): SummaryForm[] {
  const forms = new Map<string, SummaryForm>();
  for (const list of lists) {
    const ownerCode = summaryFlag === "2" ? list.ownerCode : null;
    // A list's lines share its currency (the order's).
    const currency = list.lines[0]?.currency ?? "";
    const formKey = JSON.stringify([list.ebcCode, list.trafMode, ownerCode, list.country, list.portCode, currency]);
    let form = forms.get(formKey);
    if (!form) {
      form = {
        ebcCode: list.ebcCode,
        ownerCode,
        trafMode: list.trafMode,
        country: list.country,
        portCode: list.portCode,
        currency,
        lists: [],
        totalPrice: new Decimal(0),
        items: [],
      };
      forms.set(formKey, form);
    }
    form.lists.push(listKey(list));
    for (const line of [...list.lines].sort((a, b) => a.gnum - b.gnum)) {
      const total = new Decimal(line.totalPrice);
      form.totalPrice = form.totalPrice.plus(total);
      const item = form.items.find((candidate) => candidate.gcode === line.gcode && candidate.country === line.country && candidate.currency === line.currency);
      if (item) {
        item.qty = item.qty.plus(line.qty);
        item.qty1 = item.qty1.plus(line.qty1);
        item.totalPrice = item.totalPrice.plus(total);
        item.lineCount += 1;
      } else {
        form.items.push({
          gnum: 0,
          gcode: line.gcode,
          gname: line.gname,
          country: line.country,
          currency: line.currency,
          qty: new Decimal(line.qty),
          qty1: new Decimal(line.qty1),
          totalPrice: total,
          lineCount: 1,
        });
      }
    }
  }
  return [...forms.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, form]) => {
      const items = [...form.items].sort(
        (a, b) => a.gcode.localeCompare(b.gcode) || a.country.localeCompare(b.country) || a.currency.localeCompare(b.currency),
      );
      return { ...form, lists: [...form.lists].sort(), items: items.map((item, index) => ({ ...item, gnum: index + 1 })) };
    });
}

/** The day a month's summary is due, by the rule in force for the month. */
export function summaryDueDate(period: string): Date {
  const rule = inForce(rules.rules, period);
  if (!rule) throw new Error(`summary.rules.json has no rule for the period ${period}`);
  const [year, month] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, rule.dueDayOfNextMonth));
}

const SUMMARY_FIELDS = [
  "customsCode",
  "copNo",
  "agentCode",
  "agentName",
  "ebcCode",
  "ebcName",
  "declAgentCode",
  "declAgentName",
  "loctNo",
  "summaryFlag",
  "itemNameFlag",
] as const;

/** A CEB701 application's identity as a document: its content, whatever its GUID and filing time (the lists named in any order). */
export function summaryHash(application: Record<string, unknown> & { startTime: Date; endTime: Date; invtNos?: readonly string[] | null }): string {
  return documentHash(
    {
      ...Object.fromEntries(SUMMARY_FIELDS.map((field) => [field, application[field] ?? null])),
      startTime: chinaDay(application.startTime),
      endTime: chinaDay(application.endTime),
      invtNos: application.invtNos ? [...application.invtNos].sort() : null,
    },
    new Set(),
  );
}

/** Why a CEB701 period is not one whole month, or null: it starts on a month's first day and ends on its last. */
export function periodProblem(startTime: Date, endTime: Date): string | null {
  const start = chinaDay(startTime);
  // Day 0 of the next month is the month's last day (calendar arithmetic on the date's own year and month).
  const lastDay = chinaDay(new Date(Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)), 0)));
  if (!start.endsWith("-01")) return "startTime must be the first day of a month";
  if (chinaDay(endTime) !== lastDay) return `endTime must be the last day of the same month, ${lastDay}`;
  return null;
}
