import type { PartnerEventInput } from "../../lib/service/outbox";

/** A receipt row as customs stores it for an order or a list. */
interface ReceiptFields {
  messageType?: string;
  guid: string;
  version: number;
  returnStatus: number;
  returnInfo: string;
  returnTime: Date;
}

/** An order's parties, as its row policy names them (Order @access parties). */
interface OrderParties {
  ebpCode: string;
  ebcCode: string;
  payCode: string;
  orderNo: string;
}

/** The events of an order's receipts (CEB312): its platform, seller and payer see them. */
export function orderEvents(order: OrderParties, receipts: readonly ReceiptFields[], messageType: string): PartnerEventInput[] {
  return receipts.map((receipt) => ({
    kind: "ORDER_RECEIPT",
    messageType,
    documentKey: { ebpCode: order.ebpCode, orderNo: order.orderNo },
    enterprises: [order.ebpCode, order.ebcCode, order.payCode],
    returnStatus: receipt.returnStatus,
    receipt: {
      guid: receipt.guid,
      ebpCode: order.ebpCode,
      ebcCode: order.ebcCode,
      orderNo: order.orderNo,
      version: receipt.version,
      returnStatus: receipt.returnStatus,
      returnTime: receipt.returnTime,
      returnInfo: receipt.returnInfo,
    },
    occurredAt: receipt.returnTime,
  }));
}

/** A list's parties and numbers, as its row policy (InventoryDeclaration @access parties) and its receipt name them. */
export interface ListParties {
  agentCode: string;
  copNo: string;
  customsCode: string;
  ebpCode: string;
  ebcCode: string;
  logisticsCode: string;
  assureCode: string;
  preNo?: string | null;
  invtNo?: string | null;
}

/** What each receipt of a list is, by its message type: the list's own receipts, its cancellation's, its return's. */
const LIST_KINDS: Record<string, string> = { CEB622: "INVENTORY_RECEIPT", CEB624: "INVENTORY_CANCEL_RECEIPT", CEB626: "INVENTORY_RETURN_RECEIPT" };

/** The events of a list's receipts (CEB622 and the withdrawals' CEB624/CEB626): the list's parties see them. */
export function listEvents(list: ListParties, receipts: readonly ReceiptFields[], defaultType = "CEB622"): PartnerEventInput[] {
  return receipts.map((receipt) => {
    const messageType = receipt.messageType ?? defaultType;
    return {
      kind: LIST_KINDS[messageType] ?? "INVENTORY_RECEIPT",
      messageType,
      documentKey: { agentCode: list.agentCode, copNo: list.copNo },
      enterprises: [list.ebpCode, list.ebcCode, list.agentCode, list.logisticsCode, list.assureCode],
      returnStatus: receipt.returnStatus,
      receipt: {
        guid: receipt.guid,
        customsCode: list.customsCode,
        ebpCode: list.ebpCode,
        ebcCode: list.ebcCode,
        agentCode: list.agentCode,
        copNo: list.copNo,
        ...(list.preNo ? { preNo: list.preNo } : {}),
        ...(list.invtNo ? { invtNo: list.invtNo } : {}),
        version: receipt.version,
        returnStatus: receipt.returnStatus,
        returnTime: receipt.returnTime,
        returnInfo: receipt.returnInfo,
      },
      occurredAt: receipt.returnTime,
    };
  });
}

/** The columns `listEvents` needs, to select them with a list. */
export const LIST_PARTIES = {
  agentCode: true,
  copNo: true,
  customsCode: true,
  ebpCode: true,
  ebcCode: true,
  logisticsCode: true,
  assureCode: true,
  preNo: true,
  invtNo: true,
} as const;
