import { receiptEvent, type EventKind, type IssuedReceipt, type PartnerEventInput } from "../../lib/service/outbox";

/** An order's parties, as its row policy names them (Order @access parties). */
interface OrderParties {
  ebpCode: string;
  ebcCode: string;
  payCode: string;
  orderNo: string;
}

/** The event of an order's receipt (CEB312): its platform, seller and payer see it. */
export function orderEvent(order: OrderParties, receipt: IssuedReceipt, messageType: string): PartnerEventInput {
  return receiptEvent(
    "ORDER_RECEIPT",
    messageType,
    { key: { ebpCode: order.ebpCode, orderNo: order.orderNo }, fields: { ebcCode: order.ebcCode }, enterprises: [order.ebpCode, order.ebcCode, order.payCode] },
    receipt,
  );
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
const LIST_KINDS: Record<string, EventKind> = { CEB622: "INVENTORY_RECEIPT", CEB624: "INVENTORY_CANCEL_RECEIPT", CEB626: "INVENTORY_RETURN_RECEIPT" };

/** The events of a list's receipts (CEB622 and the withdrawals' CEB624/CEB626): the list's parties see them. */
export function listEvents(list: ListParties, receipts: ReadonlyArray<IssuedReceipt & { messageType?: string }>): PartnerEventInput[] {
  return receipts.map((receipt) => {
    const messageType = receipt.messageType ?? "CEB622";
    return receiptEvent(
      LIST_KINDS[messageType] ?? "INVENTORY_RECEIPT",
      messageType,
      {
        key: { agentCode: list.agentCode, copNo: list.copNo },
        fields: { customsCode: list.customsCode, ebpCode: list.ebpCode, ebcCode: list.ebcCode, preNo: list.preNo, invtNo: list.invtNo },
        enterprises: [list.ebpCode, list.ebcCode, list.agentCode, list.logisticsCode, list.assureCode],
      },
      receipt,
    );
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

/** The event of an export order's receipt (CEB304): its platform and seller see it (ExportOrder @access parties). */
export function exportOrderEvent(order: { ebpCode: string; ebcCode: string; orderNo: string }, receipt: IssuedReceipt, messageType: string): PartnerEventInput {
  return receiptEvent(
    "EXPORT_ORDER_RECEIPT",
    messageType,
    { key: { ebpCode: order.ebpCode, orderNo: order.orderNo }, fields: { ebcCode: order.ebcCode }, enterprises: [order.ebpCode, order.ebcCode] },
    receipt,
  );
}

/** An export list's parties and numbers (ExportDeclaration @access parties). */
export interface ExportListParties {
  agentCode: string;
  copNo: string;
  customsCode: string;
  ebpCode: string;
  ebcCode: string;
  logisticsCode: string;
  ownerCode: string;
  preNo?: string | null;
  invtNo?: string | null;
}

/** The event of an export list's receipt: CEB604 for the list, CEB606 for its cancellation. */
export function exportListEvent(list: ExportListParties, receipt: IssuedReceipt, messageType: string): PartnerEventInput {
  return receiptEvent(
    messageType === "CEB606" ? "EXPORT_INVENTORY_CANCEL_RECEIPT" : "EXPORT_INVENTORY_RECEIPT",
    messageType,
    {
      key: { agentCode: list.agentCode, copNo: list.copNo },
      fields: { customsCode: list.customsCode, ebpCode: list.ebpCode, ebcCode: list.ebcCode, preNo: list.preNo, invtNo: list.invtNo },
      enterprises: [list.ebpCode, list.ebcCode, list.agentCode, list.logisticsCode, list.ownerCode],
    },
    receipt,
  );
}
