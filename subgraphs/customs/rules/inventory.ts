/**
 * CEB621 import inventory list rules (docs/domain.md#ceb621-import-inventory-list): what a declaring agent's
 * list must satisfy before customs stores it. The match with the order, payment and waybill is
 * three-document-match.ts; the tax and the purchase limits are import-tax.ts.
 */
import Decimal from "decimal.js";
import { COUNTRIES, CUSTOMS_DISTRICTS, IMPORT_TRADE_MODES, TRANSPORT_MODES, UNITS } from "../../../lib/rules/code-tables";
import { documentHash } from "../../../lib/rules/document-hash";
import { DocumentChecks, type Problem } from "../../../lib/rules/document-checks";
import { hsCodeProblem } from "../../../lib/rules/hs-code";
import { notInTariff, type TariffInForce } from "../tariff";
import type { InventoryInput } from "../__generated__/resolvers-types";
import { chinaDay } from "../../../lib/rules/china-time";
import { inForce } from "../../../lib/rules/effective";
import timeRules from "./inventory-times.rules.json";

/** The receipt message type answering a CEB621 list. */
export const INVENTORY_RECEIPT = "CEB622";
/**
 * -621004, -621005, -621018 and -621027 are the spec's; -621001 (a field invalid) and -621002 (a declaration
 * date outside the window of the filing day) are ours, in its list range.
 */
export const INVENTORY_STATUS = {
  invalid: -621001,
  declTime: -621002,
  duplicate: -621004,
  singleLimit: -621005,
  annualLimit: -621018,
  duplicateGnum: -621027,
} as const;

const HEAD_FIELDS = [
  "appStatus",
  "orderNo",
  "ebpCode",
  "ebpName",
  "ebcCode",
  "ebcName",
  "logisticsNo",
  "logisticsCode",
  "logisticsName",
  "copNo",
  "assureCode",
  "emsNo",
  "ieFlag",
  "declTime",
  "customsCode",
  "portCode",
  "ieDate",
  "buyerIdType",
  "buyerIdNumber",
  "buyerName",
  "buyerTelephone",
  "consigneeAddress",
  "agentCode",
  "agentName",
  "areaCode",
  "areaName",
  "tradeMode",
  "trafMode",
  "trafNo",
  "voyageNo",
  "billNo",
  "loctNo",
  "licenseNo",
  "country",
  "freight",
  "insuredFee",
  "currency",
  "wrapType",
  "packNo",
  "grossWeight",
  "netWeight",
  "note",
] as const;
const LINE_FIELDS = [
  "gnum",
  "itemRecordNo",
  "itemNo",
  "itemName",
  "gcode",
  "gname",
  "gmodel",
  "barCode",
  "country",
  "tradeCountry",
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
  "filingNo",
] as const;
const AMOUNTS = new Set(["freight", "insuredFee", "grossWeight", "netWeight", "qty", "qty1", "qty2", "price", "totalPrice"]);

type Fields = Record<string, unknown>;
const pick = (source: Fields, fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, source[field] ?? null]));

/** The goods value of a list: Σ of its lines' totalPrice, exact. */
export function goodsValueOf(lines: Array<{ totalPrice: string | { toFixed(): string } }>): string {
  return lines.reduce((sum, line) => sum.plus(typeof line.totalPrice === "string" ? line.totalPrice : line.totalPrice.toFixed()), new Decimal(0)).toFixed();
}

export function inventoryHash(head: Fields, lines: Fields[]): string {
  return documentHash(
    { ...pick(head, HEAD_FIELDS), lines: [...lines].sort((a, b) => Number(a.gnum) - Number(b.gnum)).map((line) => pick(line, LINE_FIELDS)) },
    AMOUNTS,
  );
}

/** The list's own fields, its codes checked against the tariff in force on its declaration date. */
export function checkInventory(list: InventoryInput, tariff: TariffInForce): Problem[] {
  const check = new DocumentChecks(INVENTORY_STATUS.invalid);
  check.guid("guid", list.guid);
  if (list.appType !== "1") check.fail("appType", "must be 1: a declared list is changed by cancelling it (CEB623) and declaring again");
  if (!["1", "2"].includes(list.appStatus)) check.fail("appStatus", "must be 1 (save) or 2 (declare)");
  check.text("copNo", list.copNo, 20);
  check.text("orderNo", list.orderNo, 60);
  for (const field of ["ebpCode", "ebcCode", "logisticsCode", "agentCode", "assureCode"] as const) check.enterprise(field, list[field]);
  for (const field of ["ebpName", "ebcName", "logisticsName", "agentName"] as const) check.text(field, list[field], 100);
  check.text("logisticsNo", list.logisticsNo, 60);
  if (![list.ebpCode, list.ebcCode, list.logisticsCode].includes(list.assureCode)) {
    check.fail("assureCode", "the guarantor must be the platform, the e-commerce enterprise or the logistics company of the list");
  }
  if (list.areaCode) check.enterprise("areaCode", list.areaCode);
  else if (list.tradeMode !== "9610") check.fail("areaCode", "is required for bonded imports (1210/1239): the warehouse operator in the zone");
  check.fixed("ieFlag", list.ieFlag ?? "I", "I", "import");
  check.oneOf("customsCode", list.customsCode, CUSTOMS_DISTRICTS, "customs district");
  check.oneOf("portCode", list.portCode, CUSTOMS_DISTRICTS, "customs district");
  check.oneOf("tradeMode", list.tradeMode, IMPORT_TRADE_MODES, "import trade mode");
  check.oneOf("trafMode", list.trafMode, TRANSPORT_MODES, "transport mode");
  check.oneOf("country", list.country, COUNTRIES, "country");
  if (list.tradeMode !== "9610") {
    check.text("emsNo", list.emsNo, 30);
    if (list.country !== "142") check.fail("country", "must be 142 for bonded imports (1210/1239)");
  }
  check.fixed("buyerIdType", list.buyerIdType, "1", "resident ID");
  check.residentId("buyerIdNumber", list.buyerIdNumber);
  check.text("buyerName", list.buyerName, 60);
  check.text("buyerTelephone", list.buyerTelephone, 50);
  check.text("consigneeAddress", list.consigneeAddress, 200);
  check.amount("freight", list.freight);
  check.amount("insuredFee", list.insuredFee);
  check.fixed("currency", list.currency, "142", "CNY");
  if (list.packNo !== 1) check.fail("packNo", "must be 1: one list per parcel");
  check.amount("grossWeight", list.grossWeight, { positive: true });
  check.amount("netWeight", list.netWeight, { positive: true });

  if (list.lines.length === 0) check.fail("lines", "must hold at least one line");
  const seen = new Set<number>();
  list.lines.forEach((line, index) => {
    const at = `lines[${index}]`;
    if (seen.has(line.gnum)) check.fail(`${at}.gnum`, `gnum ${line.gnum} appears twice`, INVENTORY_STATUS.duplicateGnum);
    seen.add(line.gnum);
    const hsProblem = hsCodeProblem(line.gcode);
    if (hsProblem) check.fail(`${at}.gcode`, hsProblem);
    else if (!tariff.rows.has(line.gcode)) check.fail(`${at}.gcode`, notInTariff(line.gcode, tariff));
    check.text(`${at}.gname`, line.gname, 250);
    check.text(`${at}.gmodel`, line.gmodel, 250);
    check.text(`${at}.barCode`, line.barCode, 50);
    check.oneOf(`${at}.country`, line.country, COUNTRIES, "country");
    check.oneOf(`${at}.unit`, line.unit, UNITS, "unit");
    check.oneOf(`${at}.unit1`, line.unit1, UNITS, "unit");
    check.fixed(`${at}.currency`, line.currency, "142", "CNY");
    const qty = check.amount(`${at}.qty`, line.qty, { positive: true });
    check.amount(`${at}.qty1`, line.qty1, { positive: true });
    const price = check.amount(`${at}.price`, line.price);
    const total = check.amount(`${at}.totalPrice`, line.totalPrice);
    if (qty && price) check.equal(`${at}.totalPrice`, total, price.times(qty), "price × qty");
  });
  return check.problems;
}

type TimeRule = { validFrom: string; declTimeDaysBack: number; waitingHours: number };

/** The list time rule in force on the China day of `instant`. */
export function inventoryTimeRuleAt(instant: Date): TimeRule {
  const day = chinaDay(instant);
  const rule = inForce<TimeRule>(timeRules.rules, day);
  if (!rule) throw new Error(`inventory-times.rules.json has no rule in force on ${day}`);
  return rule;
}

const DAY_MS = 86_400_000;

/**
 * The declaration date against the platform's clock: a China day not after the day the list is filed and at
 * most `declTimeDaysBack` days before it. The date picks the tax rules and the list's number, so a sender
 * may not choose it freely; the buyer's annual quota does not depend on it: it counts the
 * China year the list is accepted in (docs/domain.md#limits).
 */
export function declTimeProblems(list: { declTime: Date }, now: Date): Problem[] {
  const rule = inventoryTimeRuleAt(now);
  const check = new DocumentChecks(INVENTORY_STATUS.declTime);
  const today = chinaDay(now);
  const declared = chinaDay(list.declTime);
  const earliest = chinaDay(new Date(now.getTime() - rule.declTimeDaysBack * DAY_MS));
  if (declared > today) check.fail("declTime", `is ${declared}, after the day it is filed (${today} in China): a list cannot be declared in the future`);
  else if (declared < earliest)
    check.fail("declTime", `is ${declared}: a list filed on ${today} is declared on a day from ${earliest} to ${today} (inventory-times.rules.json)`);
  return check.problems;
}

/** When a list that began waiting for a document at `since` is finally rejected if the document has not arrived. */
export function waitingDeadline(since: Date): Date {
  return new Date(since.getTime() + inventoryTimeRuleAt(since).waitingHours * 3_600_000);
}
