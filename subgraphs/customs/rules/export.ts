/**
 * Export side rules (docs/domain.md#export-side): what a CEB303 export order and a CEB603 export list must
 * satisfy, which goods may use the simplified flag A, and how released flag-B lists are summarised.
 */
import Decimal from "decimal.js";
import { COUNTRIES, CURRENCIES, CUSTOMS_DISTRICTS, EXPORT_TRADE_MODES, TRANSPORT_MODES, UNITS } from "../../../lib/rules/code-tables";
import { documentHash } from "../../../lib/rules/document-hash";
import { DocumentChecks, type Problem } from "../../../lib/rules/document-checks";
import { hsCodeProblem } from "../../../lib/rules/hs-code";
import { enterpriseCodeProblem } from "../../../lib/rules/enterprise-code";
import type { TariffRow } from "../../../lib/rules/tariff";
import { inForce, ruleOn } from "../../../lib/rules/effective";
import goodsRules from "./export-goods.rules.json";
import timeRules from "./export-times.rules.json";
import { chinaDay } from "../../../lib/rules/china-time";
import { futureProblem } from "../../../lib/rules/platform-time";
import type { ExportInventoryInput, ExportOrderInput } from "../__generated__/resolvers-types";
import { NEGATIVE_LIST_RULE } from "./admission-gates";

export const EXPORT_ORDER_RECEIPT = "CEB304";
export const EXPORT_LIST_RECEIPT = "CEB604";
export const EXPORT_CANCEL_RECEIPT = "CEB606";
export const SUMMARY_RECEIPT = "CEB702";

/**
 * Our own return statuses for the export side. The specification's verified error codes are import-side
 * only (docs/domain.md#error-statuses); these take the export messages' numbers as ranges the same way
 * (-3030xx orders, -6030xx lists, -6050xx cancel, -7010xx summaries).
 */
export const EXPORT_STATUS = {
  orderInvalid: -303001,
  orderDuplicate: -303010,
  orderDeclared: -303011,
  listInvalid: -603001,
  listDuplicate: -603004,
  listMismatch: -603010,
  simplifiedNotAllowed: -603020,
  /** An enterprise the list names is on the credit negative list. */
  partyListed: -603030,
  cancelRefused: -605001,
  /** The parcel is leaving: a departure (CEB509) holds the list. */
  cancelDeparting: -605002,
  summaryInvalid: -701001,
} as const;

/** Released (放行) and closed (结关): lists that count as exported. */
export const RELEASED = 800;
/** A list withdrawn by CEB605 (撤销): the standard's 399, not 100, which is a rejection. */
export const CANCELLED = 399;

const MARKS = new Set(["1", "2", "3"]);

/** What the CEB604 of a released list says. */
export function releaseInfo(invtNo: string, statisticsFlag: string): string {
  return `放行: released as ${invtNo} (statisticsFlag ${statisticsFlag}${statisticsFlag === "B" ? ", to be summarised by the 10th of next month" : ""})`;
}

type Fields = Record<string, unknown>;
const pick = (source: Fields, fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, source[field] ?? null]));
const byGnum = (lines: Fields[]) => [...lines].sort((a, b) => Number(a.gnum) - Number(b.gnum));

const ORDER_HEAD = ["appStatus", "orderType", "orderNo", "ebpCode", "ebpName", "ebcCode", "ebcName", "goodsValue", "freight", "currency", "note"] as const;
const ORDER_LINE = ["gnum", "itemNo", "itemName", "itemDescribe", "barCode", "unit", "currency", "qty", "price", "totalPrice", "note"] as const;
const LIST_HEAD = [
  "appStatus",
  "customsCode",
  "ebpCode",
  "ebpName",
  "orderNo",
  "logisticsCode",
  "logisticsName",
  "logisticsNo",
  "copNo",
  "ieFlag",
  "portCode",
  "ieDate",
  "statisticsFlag",
  "agentCode",
  "agentName",
  "ebcCode",
  "ebcName",
  "ownerCode",
  "ownerName",
  "iacCode",
  "iacName",
  "emsNo",
  "tradeMode",
  "trafMode",
  "trafName",
  "voyageNo",
  "billNo",
  "totalPackageNo",
  "loctNo",
  "licenseNo",
  "country",
  "pod",
  "freight",
  "fCurrency",
  "fFlag",
  "insuredFee",
  "iCurrency",
  "iFlag",
  "wrapType",
  "packNo",
  "grossWeight",
  "netWeight",
  "note",
] as const;
const LIST_LINE = [
  "gnum",
  "itemNo",
  "itemRecordNo",
  "itemName",
  "gcode",
  "gname",
  "gmodel",
  "barCode",
  "country",
  "currency",
  "qty",
  "qty1",
  "qty2",
  "unit",
  "unit1",
  "unit2",
  "price",
  "totalPrice",
  "note",
] as const;
const AMOUNTS = new Set(["goodsValue", "freight", "insuredFee", "grossWeight", "netWeight", "qty", "qty1", "qty2", "price", "totalPrice"]);

export function exportOrderHash(head: Fields, lines: Fields[]): string {
  return documentHash({ ...pick(head, ORDER_HEAD), lines: byGnum(lines).map((line) => pick(line, ORDER_LINE)) }, AMOUNTS);
}

export function exportListHash(head: Fields, lines: Fields[]): string {
  const ieDate = head.ieDate instanceof Date ? chinaDay(head.ieDate) : head.ieDate;
  return documentHash({ ...pick(head, LIST_HEAD), ieDate, lines: byGnum(lines).map((line) => pick(line, LIST_LINE)) }, AMOUNTS);
}

/** Lines numbered 1..n whose totals are price × qty; returns Σ totalPrice when every amount is valid. */
function checkLines(
  check: DocumentChecks,
  lines: Array<{ gnum: number; qty: string; price: string; totalPrice: string; currency: string; unit: string }>,
  currency: string,
): Decimal | undefined {
  if (lines.length === 0) check.fail("lines", "must hold at least one line");
  let sum: Decimal | undefined = new Decimal(0);
  lines.forEach((line, index) => {
    const at = `lines[${index}]`;
    if (line.gnum !== index + 1) check.fail(`${at}.gnum`, `must be ${index + 1}: lines are numbered 1..n in order`);
    check.oneOf(`${at}.unit`, line.unit, UNITS, "unit");
    if (line.currency !== currency) check.fail(`${at}.currency`, `must be the document's currency ${currency}, got "${line.currency}"`);
    const qty = check.amount(`${at}.qty`, line.qty, { positive: true });
    const price = check.amount(`${at}.price`, line.price);
    const total = check.amount(`${at}.totalPrice`, line.totalPrice);
    if (qty && price) check.equal(`${at}.totalPrice`, total, price.times(qty), "price × qty");
    sum = sum && total ? sum.plus(total) : undefined;
  });
  return sum;
}

export function checkExportOrder(order: ExportOrderInput): Problem[] {
  const check = new DocumentChecks(EXPORT_STATUS.orderInvalid);
  check.filing(order);
  check.fixed("orderType", order.orderType ?? "E", "E", "export");
  check.text("orderNo", order.orderNo, 60);
  check.enterprise("ebpCode", order.ebpCode);
  check.text("ebpName", order.ebpName, 100);
  check.enterprise("ebcCode", order.ebcCode);
  check.text("ebcName", order.ebcName, 100);
  check.oneOf("currency", order.currency, CURRENCIES, "currency");
  check.text("note", order.note, 1000, false);
  const goodsValue = check.amount("goodsValue", order.goodsValue, { positive: true });
  check.amount("freight", order.freight);
  order.lines.forEach((line, index) => {
    check.text(`lines[${index}].itemNo`, line.itemNo, 30);
    check.text(`lines[${index}].itemName`, line.itemName, 250);
  });
  const sum = checkLines(check, order.lines, order.currency);
  if (order.lines.length > 0) check.equal("goodsValue", goodsValue, sum, "Σ lines.totalPrice");
  return check.problems;
}

export interface FlagAFacts {
  /** The tariff rows under the declared code: the row itself, or every row of a 4-digit heading. */
  tariffRows: TariffRow[];
  licenceHeadings: readonly string[];
  exportDutyHeadings: readonly string[];
}

type GoodsRule = { validFrom: string; licenceHeadings: string[]; exportDutyHeadings: string[] };

/** The licence and export-duty headings in force on the export date. */
export function goodsRuleOn(date: Date): GoodsRule {
  return ruleOn<GoodsRule>(goodsRules.rules, date, "export-goods.rules.json");
}

type TimeRule = { validFrom: string; ieDateDaysBack: number; ieDateDaysAhead: number; futureToleranceMinutes: number };

/** The time windows in force at the platform's `now`. */
export function timeRuleAt(now: Date): TimeRule {
  return ruleOn<TimeRule>(timeRules.rules, now, "export-times.rules.json");
}

const DAY_MS = 86_400_000;

/**
 * The export date and application time of a list against the platform's clock: the export date (a China
 * day) within the configured window around the day it is filed, the application time not in the future.
 * The export date sets the list number's year and the rebate's rate date, so a sender may not choose it freely.
 */
export function listTimeProblems(list: { ieDate: Date; appTime: Date }, now: Date): Problem[] {
  const rule = timeRuleAt(now);
  const check = new DocumentChecks(EXPORT_STATUS.listInvalid);
  const today = chinaDay(now);
  const ieDay = chinaDay(list.ieDate);
  const earliest = chinaDay(new Date(now.getTime() - rule.ieDateDaysBack * DAY_MS));
  const latest = chinaDay(new Date(now.getTime() + rule.ieDateDaysAhead * DAY_MS));
  if (ieDay < earliest || ieDay > latest) {
    check.fail("ieDate", `is ${ieDay}: an export date lies between ${earliest} and ${latest} when filed on ${today} (export-times.rules.json)`);
  }
  const ahead = futureProblem(list.appTime, now, rule.futureToleranceMinutes);
  if (ahead) check.fail("appTime", ahead);
  return check.problems;
}

/** Why goods under `gcode` may not be declared with flag A, or null when they may. */
export function simplifiedProblem(gcode: string, facts: FlagAFacts): string | null {
  const heading = gcode.slice(0, 4);
  if (facts.licenceHeadings.includes(heading)) return `heading ${heading} needs an export licence; declare with statisticsFlag B`;
  if (facts.exportDutyHeadings.includes(heading)) return `heading ${heading} pays export duty; declare with statisticsFlag B`;
  if (facts.tariffRows.length === 0)
    return `${gcode} is not in the tariff table, so its export rebate cannot be known to be none; declare with statisticsFlag B`;
  for (const row of facts.tariffRows) {
    if (row.exportRebateRate == null)
      return `the export rebate of ${row.hs10} is unknown (the tariff gives none), so it cannot be shown to be none; declare with statisticsFlag B`;
    if (!new Decimal(row.exportRebateRate).isZero())
      return `${row.hs10} has an export rebate of ${row.exportRebateRate}%; goods with a rebate are declared with statisticsFlag B`;
  }
  return null;
}

/** Every rule of a CEB603 list that needs no other document: fields, codes, totals and flag A. */
export function checkExportList(list: ExportInventoryInput, tariff: ReadonlyMap<string, TariffRow>, tariffRows: readonly TariffRow[]): Problem[] {
  const check = new DocumentChecks(EXPORT_STATUS.listInvalid);
  check.guid("guid", list.guid);
  if (list.appType !== "1") check.fail("appType", "must be 1: a declared list is changed by cancelling it (CEB605) and declaring again");
  if (!["1", "2"].includes(list.appStatus)) check.fail("appStatus", "must be 1 (save) or 2 (declare)");
  check.oneOf("customsCode", list.customsCode, CUSTOMS_DISTRICTS, "customs district");
  check.oneOf("portCode", list.portCode, CUSTOMS_DISTRICTS, "customs district");
  check.enterprise("ebpCode", list.ebpCode);
  check.text("ebpName", list.ebpName, 100);
  check.text("orderNo", list.orderNo, 60);
  check.enterprise("logisticsCode", list.logisticsCode);
  check.text("logisticsName", list.logisticsName, 100);
  check.text("logisticsNo", list.logisticsNo, 60);
  check.text("copNo", list.copNo, 20);
  check.fixed("ieFlag", list.ieFlag, "E", "export");
  if (!["A", "B"].includes(list.statisticsFlag)) check.fail("statisticsFlag", "must be A (simplified) or B (summary)");
  check.enterprise("agentCode", list.agentCode);
  check.text("agentName", list.agentName, 100);
  check.enterprise("ebcCode", list.ebcCode);
  check.text("ebcName", list.ebcName, 100);
  if (list.ownerCode !== "NO") {
    const problem = enterpriseCodeProblem(list.ownerCode);
    if (problem) check.fail("ownerCode", `${problem}, or NO for a producer not registered with customs`, -10102);
  }
  check.text("ownerName", list.ownerName, 100);
  check.oneOf("tradeMode", list.tradeMode, EXPORT_TRADE_MODES, "export trade mode");
  if (list.tradeMode === "1210") {
    if (!list.iacCode) check.fail("iacCode", "is required for 1210: the zone warehouse enterprise");
    if (!list.emsNo) check.fail("emsNo", "is required for 1210: the bonded account book");
  }
  if (list.iacCode) check.enterprise("iacCode", list.iacCode);
  check.oneOf("trafMode", list.trafMode, TRANSPORT_MODES, "transport mode");
  check.oneOf("country", list.country, COUNTRIES, "country");
  if (list.country === "142") check.fail("country", "an export goes to a country other than China (142)");
  check.text("pod", list.pod, 20);
  for (const [field, value, max] of [
    ["trafName", list.trafName, 100],
    ["voyageNo", list.voyageNo, 32],
    ["billNo", list.billNo, 37],
    ["totalPackageNo", list.totalPackageNo, 50],
    ["loctNo", list.loctNo, 10],
    ["licenseNo", list.licenseNo, 19],
    ["emsNo", list.emsNo, 30],
    ["note", list.note, 1000],
  ] as const) {
    check.text(field, value, max, false);
  }
  check.amount("freight", list.freight);
  check.oneOf("fCurrency", list.fCurrency, CURRENCIES, "currency");
  if (!MARKS.has(list.fFlag)) check.fail("fFlag", "must be 1 (rate), 2 (unit price) or 3 (total)");
  check.amount("insuredFee", list.insuredFee);
  check.oneOf("iCurrency", list.iCurrency, CURRENCIES, "currency");
  if (!MARKS.has(list.iFlag)) check.fail("iFlag", "must be 1 (rate), 2 (unit price) or 3 (total)");
  if (list.packNo < 1) check.fail("packNo", "must be at least 1");
  const gross = check.amount("grossWeight", list.grossWeight, { positive: true });
  const net = check.amount("netWeight", list.netWeight, { positive: true });
  if (gross && net && net.greaterThan(gross)) check.fail("netWeight", `is ${net.toFixed()} kg, more than the gross weight ${gross.toFixed()} kg`);

  const currency = list.lines[0]?.currency ?? "";
  check.oneOf("lines[0].currency", currency, CURRENCIES, "currency");
  checkLines(check, list.lines, currency);
  // A date before every rule is refused, not a server error.
  const goods = inForce<GoodsRule>(goodsRules.rules, chinaDay(list.ieDate));
  if (!goods) check.fail("ieDate", `no export-goods rule is in force on ${chinaDay(list.ieDate)}`);
  list.lines.forEach((line, index) => {
    const at = `lines[${index}]`;
    check.text(`${at}.gname`, line.gname, 250);
    check.text(`${at}.gmodel`, line.gmodel, 250);
    check.oneOf(`${at}.country`, line.country, COUNTRIES, "country");
    check.oneOf(`${at}.unit1`, line.unit1, UNITS, "unit");
    if (line.unit2) check.oneOf(`${at}.unit2`, line.unit2, UNITS, "unit");
    check.amount(`${at}.qty1`, line.qty1, { positive: true });
    if (line.qty2 != null) check.amount(`${at}.qty2`, line.qty2);
    if (list.statisticsFlag === "A" && /^\d{4}$/.test(line.gcode)) {
      const problem = hsCodeProblem(`${line.gcode}000000`);
      if (problem) check.fail(`${at}.gcode`, problem.replace("must be 10 digits", "must be a 4-digit heading or 10 digits"));
    } else {
      const problem = hsCodeProblem(line.gcode);
      if (problem) check.fail(`${at}.gcode`, list.statisticsFlag === "A" ? `${problem} (or the 4-digit heading)` : problem);
    }
    if (list.statisticsFlag === "A" && /^\d{4}(\d{6})?$/.test(line.gcode)) {
      const rows =
        line.gcode.length === 4
          ? tariffRows.filter((row) => row.hs10.startsWith(line.gcode))
          : [tariff.get(line.gcode)].filter((row): row is TariffRow => !!row);
      const problem =
        goods && simplifiedProblem(line.gcode, { tariffRows: rows, licenceHeadings: goods.licenceHeadings, exportDutyHeadings: goods.exportDutyHeadings });
      if (problem) check.fail(`${at}.gcode`, problem, EXPORT_STATUS.simplifiedNotAllowed);
    }
  });
  return check.problems;
}

export interface StoredOrder {
  ebcCode: string;
  currency: string;
  returnStatus: number;
  lines: Array<{ gnum: number; itemName: string; unit: string; qty: Decimal; price: Decimal; totalPrice: Decimal; currency: string }>;
}

/** The list against its export order: same exporter, lines 1:1 with the same goods, quantities and prices. */
export function matchOrder(list: ExportInventoryInput, order: StoredOrder | null): Problem[] {
  const check = new DocumentChecks(EXPORT_STATUS.listMismatch);
  if (!order) {
    check.fail("orderNo", "the platform has filed no export order (CEB303) with this number for this e-commerce enterprise; file the order first");
    return check.problems;
  }
  if (order.returnStatus !== 120) check.fail("orderNo", "the export order is only saved (appStatus 1); declare it first");
  // The order is the platform's: a refusal names what differs, never the order's values.
  if (order.lines.length !== list.lines.length) check.fail("lines", `has ${list.lines.length} lines, not as many as the order`);
  list.lines.forEach((line, index) => {
    const ordered = order.lines.find((candidate) => candidate.gnum === line.gnum);
    const at = `lines[${index}]`;
    if (!ordered) return check.fail(`${at}.gnum`, `the order has no line ${line.gnum}`);
    if (line.gname !== ordered.itemName) check.fail(`${at}.gname`, "must be the order line's goods name");
    if (line.unit !== ordered.unit) check.fail(`${at}.unit`, "must be the order line's unit");
    if (line.currency !== ordered.currency) check.fail(`${at}.currency`, "must be the order's currency");
    for (const field of ["qty", "price", "totalPrice"] as const) {
      if (/^\d{1,14}(\.\d{1,5})?$/.test(line[field]) && !new Decimal(line[field]).equals(ordered[field])) {
        check.fail(`${at}.${field}`, `is ${line[field]}, not as the order line says`);
      }
    }
  });
  return check.problems;
}

/** The key a live (not cancelled) list holds on its waybill: one live list per waybill, by a unique column. */
export function liveWaybill(list: { logisticsCode: string; logisticsNo: string; returnStatus: number }): string | null {
  return list.returnStatus === CANCELLED ? null : `${list.logisticsCode}|${list.logisticsNo}`;
}

/** The export waybill as logistics holds it, with what a list must agree with. */
export interface WaybillFacts {
  ebcCode: string | null;
  /** Latest CEB506 status: 1 saved, 120 accepted. */
  returnStatus: number;
  status: "FILED" | "ARRIVED" | "DEPARTED";
  freight: string;
  currency: string;
  grossWeight: string;
  packNo: number;
  /** The waybill's version: the list records the one it was matched against. */
  version: number;
}

/**
 * The list against its export waybill: the waybill is declared, its parcel has not left, and both name the
 * same exporter, freight (in the same currency), gross weight and packages.
 */
export function matchWaybill(list: ExportInventoryInput, waybill: WaybillFacts | null): Problem[] {
  const check = new DocumentChecks(EXPORT_STATUS.listMismatch);
  // Another e-commerce enterprise's waybill is answered as a missing one: a refusal must not tell whose it is.
  if (!waybill || (waybill.ebcCode && waybill.ebcCode !== list.ebcCode)) {
    check.fail("logisticsNo", "the logistics company has filed no export waybill (CEB505) with this number for this e-commerce enterprise");
    return check.problems;
  }
  if (waybill.returnStatus !== 120) check.fail("logisticsNo", "the export waybill is only saved (appStatus 1); the logistics company must declare it first");
  if (waybill.status === "DEPARTED")
    check.fail("logisticsNo", "the parcel of this export waybill has already left the country; no new list can be declared on it");
  if (list.fCurrency !== waybill.currency) check.fail("fCurrency", `is ${list.fCurrency} but the export waybill's freight is in ${waybill.currency}`);
  const same = (value: string, stored: string) => /^\d{1,14}(\.\d{1,5})?$/.test(value) && new Decimal(value).equals(stored);
  if (!same(list.freight, waybill.freight)) check.fail("freight", `is ${list.freight} but the export waybill says ${new Decimal(waybill.freight).toFixed()}`);
  if (!same(list.grossWeight, waybill.grossWeight))
    check.fail("grossWeight", `is ${list.grossWeight} kg but the export waybill says ${new Decimal(waybill.grossWeight).toFixed()} kg`);
  if (list.packNo !== waybill.packNo) check.fail("packNo", `is ${list.packNo} but the export waybill says ${waybill.packNo} package(s)`);
  return check.problems;
}

/** The fields of a CEB603 list that name an enterprise: the platform, exporter, producer, carrier, agent and zone warehouse. */
const EXPORT_PARTY_FIELDS = ["ebpCode", "ebcCode", "ownerCode", "logisticsCode", "agentCode", "iacCode"] as const;

/** The enterprises a list names, by field, each by its USCC or customs code ("NO", a producer not registered with customs, names none). */
export function exportParties(list: ExportInventoryInput): Array<{ field: string; code: string }> {
  return EXPORT_PARTY_FIELDS.flatMap((field) => {
    const code = list[field];
    return code && code !== "NO" ? [{ field, code }] : [];
  });
}

/** The negative-list gate of an export list, by the import lists' rule (admission-gates.ts): no enterprise it names is listed. */
export function listedPartyProblems(parties: Array<{ field: string; onNegativeList: boolean }>): Problem[] {
  return parties
    .filter((party) => party.onNegativeList)
    .map((party) => ({ field: party.field, returnStatus: EXPORT_STATUS.partyListed, message: NEGATIVE_LIST_RULE }));
}
