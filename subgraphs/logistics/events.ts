import { receiptEvent, type EventKind, type IssuedReceipt, type PartnerEventInput } from "../../lib/service/outbox";

type WaybillKey = { logisticsCode: string; logisticsNo: string };

/** What each receipt of a waybill is, by its message type: the waybill's own (CEB512), its signed-for status's (CEB514). */
const WAYBILL_KINDS: Record<string, EventKind> = { CEB512: "WAYBILL_RECEIPT", CEB514: "WAYBILL_STATUS_RECEIPT" };

/** The event of a waybill's receipt: the logistics enterprise sees it (Waybill @access parties). */
export function waybillEvent(key: WaybillKey, receipt: IssuedReceipt, messageType: string): PartnerEventInput {
  return receiptEvent(
    WAYBILL_KINDS[messageType] ?? "WAYBILL_RECEIPT",
    messageType,
    { key: { logisticsCode: key.logisticsCode, logisticsNo: key.logisticsNo }, enterprises: [key.logisticsCode] },
    receipt,
  );
}

/**
 * A step of a parcel's journey, no receipt of the standard: its status and time, and the coded source of the message. The step's location and
 * description are the carrier's free text, which may name the consignee: they stay in logistics.
 */
export function trackingEvent(step: WaybillKey & { id: string; status: string; occurredAt: Date; sourceCode: string | null }): PartnerEventInput {
  return {
    kind: "WAYBILL_TRACKING",
    documentKey: { logisticsCode: step.logisticsCode, logisticsNo: step.logisticsNo },
    enterprises: [step.logisticsCode],
    receipt: {
      id: step.id,
      logisticsCode: step.logisticsCode,
      logisticsNo: step.logisticsNo,
      status: step.status,
      occurredAt: step.occurredAt,
      sourceCode: step.sourceCode,
    },
    occurredAt: step.occurredAt,
  };
}
