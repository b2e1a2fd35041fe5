import { eventReceiptMessage } from "../../lib/documents/ceb-receipt";
import { receiptEvent, type EventKind, type IssuedReceipt, type PartnerEventInput } from "../../lib/service/outbox";
import type { Prisma } from "../../prisma/customs/generated/client";
import { hasTaxList, taxListMessage, taxListOf, type TaxList } from "./rules/tax-list";

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
  /** The parties' USCCs, whom the feed and webhooks match (identity.usccs), however the list names them. */
  ebpUscc: string;
  ebcUscc: string;
  agentUscc: string;
  logisticsUscc: string;
  assureUscc: string;
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
        enterprises: [list.ebpUscc, list.ebcUscc, list.agentUscc, list.logisticsUscc, list.assureUscc],
      },
      receipt,
    );
  });
}

/** The columns of a list's parties' USCCs (ListParties). */
export const PARTY_USCCS = ["ebpUscc", "ebcUscc", "agentUscc", "logisticsUscc", "assureUscc"] as const;

/** The columns `listEvents` needs, to select them with a list. */
export const LIST_PARTIES = {
  agentCode: true,
  copNo: true,
  customsCode: true,
  ebpCode: true,
  ebcCode: true,
  logisticsCode: true,
  assureCode: true,
  ebpUscc: true,
  ebcUscc: true,
  agentUscc: true,
  logisticsUscc: true,
  assureUscc: true,
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

/** The message type of a tax list's event. */
export const TAX_LIST_MESSAGE = "CEB816";

/**
 * The event of a list's CEB816 tax list as of `at`: TAX_LIST, its status the notice's (1 issued at release, 2
 * summarised once the return window closed, 3 void once returned), its JSON the whole tax list (document numbers,
 * codes and amounts: no personal data), seen by the tax list's readers (TaxList @access parties).
 */
export function taxListEvent(tax: TaxList, parties: Pick<ListParties, "agentUscc" | "ebcUscc" | "logisticsUscc" | "assureUscc">, at: Date): PartnerEventInput {
  return {
    kind: "TAX_LIST",
    messageType: TAX_LIST_MESSAGE,
    documentKey: { agentCode: tax.agentCode, copNo: tax.copNo },
    // The tax list's readers (its row policy), by USCC as the feed and webhooks match callers.
    enterprises: [parties.agentUscc, parties.ebcUscc, parties.logisticsUscc, parties.assureUscc],
    returnStatus: tax.status,
    receipt: { ...tax },
    occurredAt: at,
  };
}

/** The lines a tax list is built from, to read them with a list. */
export const TAX_LIST_LINES = { lines: { select: { gnum: true, gcode: true, totalPrice: true } } } as const;

/**
 * The tax list event of the list `key` as the transaction `tx` that has just changed it sees it (released,
 * returned); none for a list never released onto a bill (it has no tax list).
 */
export async function taxListEvents(tx: Prisma.TransactionClient, key: { agentCode: string; copNo: string }, at: Date): Promise<PartnerEventInput[]> {
  const list = await tx.inventoryDeclaration.findUnique({ where: { agentCode_copNo: key }, include: TAX_LIST_LINES });
  return list && hasTaxList(list) ? [taxListEvent(taxListOf(list, at), list, at)] : [];
}

/**
 * The CEB XML of a logged event, for the feed and the webhook payloads alike: a tax list's CEB816 (from the
 * tax list its JSON holds, as of the event), else the receipt message of the standard's receipts.
 */
export function eventMessage(event: { messageType: string | null; receipt: unknown; occurredAt: Date }): string | null {
  const receipt = event.receipt as Record<string, unknown>;
  if (event.messageType === TAX_LIST_MESSAGE)
    return taxListMessage({ ...(receipt as unknown as TaxList), issuedOn: new Date(String(receipt.issuedOn)) }, event.occurredAt);
  return eventReceiptMessage(event.messageType, receipt);
}
