import { randomUUID } from "node:crypto";
import { XMLBuilder } from "fast-xml-parser";
import { now } from "../clock";
import { chinaTime } from "../rules/china-time";

/**
 * The standard's receipt messages, built in one place for the gateway's `/ceb` answers and for the events of
 * the partners' feed (docs/partner-guide.md#events-and-the-feed): the same receipt reads the same either way.
 */
export const CEB_NAMESPACE = "http://www.chinaport.gov.cn/ceb";

/** A receipt message: its root element, its return node, and the document keys the node carries, in order. */
export interface ReceiptKind {
  root: string;
  node: string;
  keys: string[];
  /** Numbers the node carries when the receipt has them (a list's preNo and invtNo once customs gave them). */
  optional?: string[];
}

const LIST_RETURN = { keys: ["customsCode", "ebpCode", "ebcCode", "agentCode", "copNo"], optional: ["preNo", "invtNo"] };

/** Every receipt message the zone issues, by its message type. */
export const RECEIPT_KINDS = {
  CEB312: { root: "CEB312Message", node: "OrderReturn", keys: ["ebpCode", "ebcCode", "orderNo"] },
  CEB412: { root: "CEB412Message", node: "PaymentReturn", keys: ["payCode", "payTransactionId"] },
  CEB512: { root: "CEB512Message", node: "LogisticsReturn", keys: ["logisticsCode", "logisticsNo"] },
  CEB514: { root: "CEB514Message", node: "LogisticsStatusReturn", keys: ["logisticsCode", "logisticsNo"] },
  CEB622: { root: "CEB622Message", node: "InventoryReturn", ...LIST_RETURN },
  CEB624: { root: "CEB624Message", node: "InvtCancelReturn", ...LIST_RETURN },
  CEB626: { root: "CEB626Message", node: "InvtRefundReturn", ...LIST_RETURN },
  CEB304: { root: "CEB304Message", node: "OrderReturn", keys: ["ebpCode", "ebcCode", "orderNo"] },
  CEB404: { root: "CEB404Message", node: "ReceiptsReturn", keys: ["ebpCode", "ebcCode", "orderNo", "payCode", "payNo"] },
  CEB506: { root: "CEB506Message", node: "LogisticsReturn", keys: ["logisticsCode", "logisticsNo"] },
  CEB508: { root: "CEB508Message", node: "ArrivalReturn", keys: ["customsCode", "operatorCode", "copNo"] },
  CEB510: { root: "CEB510Message", node: "DepartureReturn", keys: ["customsCode", "logisticsCode", "copNo"] },
  CEB604: { root: "CEB604Message", node: "InventoryReturn", ...LIST_RETURN },
  CEB606: { root: "CEB606Message", node: "InvtCancelReturn", ...LIST_RETURN },
} satisfies Record<string, ReceiptKind>;

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@", format: true, suppressEmptyNode: false });

/** YYYYMMDDhhmmssSSS in China Standard Time, as receipts carry it (17 digits). */
export function receiptTime(date: Date): string {
  return chinaTime(date).replace(/[-T:.]/g, "");
}

/** One document's answer: its fields as sent (or as the receipt names them), its status and when. */
export interface DocumentOutcome {
  document: Record<string, unknown>;
  returnStatus: number;
  returnInfo: string;
  returnTime: Date;
}

function envelope(root: string, body: Record<string, unknown>): string {
  const xml = builder.build({ [`ceb:${root}`]: { "@guid": randomUUID().toUpperCase(), "@version": "1.0", "@xmlns:ceb": CEB_NAMESPACE, ...body } });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/** The receipt message answering `outcomes`, one return node each. */
export function receiptMessage(kind: ReceiptKind, outcomes: DocumentOutcome[]): string {
  return envelope(kind.root, {
    [`ceb:${kind.node}`]: outcomes.map((outcome) => ({
      "ceb:guid": outcome.document.guid ?? "",
      ...Object.fromEntries(kind.keys.map((key) => [`ceb:${key}`, outcome.document[key] ?? ""])),
      ...Object.fromEntries((kind.optional ?? []).filter((key) => outcome.document[key] != null).map((key) => [`ceb:${key}`, outcome.document[key]])),
      "ceb:returnStatus": outcome.returnStatus,
      "ceb:returnTime": receiptTime(outcome.returnTime),
      "ceb:returnInfo": outcome.returnInfo,
    })),
  });
}

/** A receipt event's message (its JSON holds the return node's fields); null for an event that is no receipt of the standard. */
export function eventReceiptMessage(messageType: string | null, receipt: Record<string, unknown>): string | null {
  const kind = messageType ? (RECEIPT_KINDS as Record<string, ReceiptKind>)[messageType] : undefined;
  if (!kind) return null;
  return receiptMessage(kind, [
    {
      document: receipt,
      returnStatus: Number(receipt.returnStatus),
      returnInfo: String(receipt.returnInfo ?? ""),
      returnTime: new Date(String(receipt.returnTime)),
    },
  ]);
}

/** The message a CEB900 names as refused: its type and GUID, when they could be read. */
export interface RefusedMessage {
  messageType?: string;
  guid?: string;
}

/**
 * CEB900: the message itself could not be taken. It names the message refused (its type and GUID, when they
 * could be read) but does not carry it back: the standard's oriBizMessage would echo every buyer's name and
 * identity number in the answer, and the sender has the message already.
 */
export function formatErrorMessage(reason: string, original: RefusedMessage = {}): string {
  return envelope("CEB900Message", {
    "ceb:oriCopMsgId": original.guid ?? "",
    "ceb:oriMessageType": original.messageType ?? "",
    "ceb:returnStatus": -1,
    "ceb:returnTime": receiptTime(now()),
    "ceb:returnInfo": reason,
  });
}
