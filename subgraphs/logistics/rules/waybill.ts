/**
 * CEB511 waybill rules (docs/domain.md#ceb511-waybill-and-ceb513-delivery): what a logistics company's
 * waybill must satisfy before logistics stores it.
 */
import { documentHash } from "../../../lib/rules/document-hash";
import { DocumentChecks, type Problem } from "../../../lib/rules/document-checks";
import type { WaybillInput } from "../__generated__/resolvers-types";

/** The receipt message type answering a CEB511 waybill. */
export const WAYBILL_RECEIPT = "CEB512";
/** -504012 is the spec's "waybill exists"; -504001 is our general "field invalid" within the spec's waybill range. */
export const WAYBILL_STATUS = { invalid: -504001, duplicate: -504012 } as const;

const FIELDS = [
  "appStatus",
  "logisticsCode",
  "logisticsName",
  "logisticsNo",
  "billNo",
  "orderNo",
  "freight",
  "insuredFee",
  "currency",
  "weight",
  "packNo",
  "goodsInfo",
  "consignee",
  "consigneeAddress",
  "consigneeTelephone",
  "note",
] as const;

export function waybillHash(waybill: Record<string, unknown>): string {
  return documentHash(Object.fromEntries(FIELDS.map((field) => [field, waybill[field] ?? null])), new Set(["freight", "insuredFee", "weight"]));
}

export function checkWaybill(waybill: WaybillInput): Problem[] {
  const check = new DocumentChecks(WAYBILL_STATUS.invalid);
  check.filing(waybill);
  check.enterprise("logisticsCode", waybill.logisticsCode);
  check.text("logisticsName", waybill.logisticsName, 100);
  check.text("logisticsNo", waybill.logisticsNo, 60);
  check.text("billNo", waybill.billNo, 37, false);
  check.text("orderNo", waybill.orderNo, 60);
  check.amount("freight", waybill.freight);
  check.amount("insuredFee", waybill.insuredFee);
  check.fixed("currency", waybill.currency, "142", "CNY");
  check.amount("weight", waybill.weight, { positive: true });
  if (waybill.packNo !== 1) check.fail("packNo", "must be 1: one waybill per parcel");
  check.text("goodsInfo", waybill.goodsInfo, 200, false);
  check.text("consignee", waybill.consignee, 60);
  check.text("consigneeAddress", waybill.consigneeAddress, 200);
  check.text("consigneeTelephone", waybill.consigneeTelephone, 50);
  check.text("note", waybill.note, 1000, false);
  return check.problems;
}
