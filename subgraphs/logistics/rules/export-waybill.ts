/**
 * CEB505 export waybill rules: what a logistics company's export waybill must satisfy before logistics
 * stores it. Unlike the import CEB511, freight may be in a foreign currency and a waybill may cover
 * several packages; the exporter (ebcCode) takes the place of the consignee.
 */
import { documentHash } from "../../../lib/rules/document-hash";
import { DocumentChecks, type Problem } from "../../../lib/rules/document-checks";
import { CURRENCIES } from "../../../lib/rules/code-tables";
import type { ExportWaybillInput } from "../__generated__/resolvers-types";

/** The receipt message type answering a CEB505 export waybill. */
export const EXPORT_WAYBILL_RECEIPT = "CEB506";

/**
 * The spec verifies return statuses for import documents only, so export waybills get our own, in a range
 * named after their receipt (CEB506) that no import code uses: -506012 mirrors the import -504012
 * "waybill exists".
 */
export const EXPORT_WAYBILL_STATUS = {
  /** A field is missing or malformed. */
  invalid: -506001,
  /** The parcel has reached the supervised site: its waybill can no longer change. */
  unchangeable: -506002,
  /** Another waybill with this number is already filed by the company. */
  duplicate: -506012,
} as const;

const FIELDS = [
  "appStatus",
  "logisticsCode",
  "logisticsName",
  "logisticsNo",
  "freight",
  "insuredFee",
  "currency",
  "grossWeight",
  "packNo",
  "goodsInfo",
  "ebcCode",
  "ebcName",
  "ebcTelephone",
  "note",
] as const;

export function exportWaybillHash(waybill: Record<string, unknown>): string {
  return documentHash(Object.fromEntries(FIELDS.map((field) => [field, waybill[field] ?? null])), new Set(["freight", "insuredFee", "grossWeight"]));
}

export function checkExportWaybill(waybill: ExportWaybillInput): Problem[] {
  const check = new DocumentChecks(EXPORT_WAYBILL_STATUS.invalid);
  check.filing(waybill);
  check.enterprise("logisticsCode", waybill.logisticsCode);
  check.text("logisticsName", waybill.logisticsName, 100);
  check.text("logisticsNo", waybill.logisticsNo, 60);
  if (waybill.logisticsNo.trim() !== waybill.logisticsNo) check.fail("logisticsNo", "must not start or end with spaces");
  check.amount("freight", waybill.freight);
  check.amount("insuredFee", waybill.insuredFee);
  check.oneOf("currency", waybill.currency, CURRENCIES, "currency");
  check.amount("grossWeight", waybill.grossWeight, { positive: true });
  if (!Number.isInteger(waybill.packNo) || waybill.packNo < 1) check.fail("packNo", "must be a whole number of packages, at least 1");
  check.text("goodsInfo", waybill.goodsInfo, 200);
  check.enterprise("ebcCode", waybill.ebcCode);
  check.text("ebcName", waybill.ebcName, 100);
  check.text("ebcTelephone", waybill.ebcTelephone, 50, false);
  check.text("note", waybill.note, 1000, false);
  return check.problems;
}
