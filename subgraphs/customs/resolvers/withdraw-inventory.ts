import { rejectDocument, type ReceiptRow } from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import { DocumentChecks } from "../../../lib/rules/document-checks";
import type { InventoryCancelInput, InventoryReturnInput } from "../__generated__/resolvers-types";
import type { CustomsContext } from "../context";
import {
  CANCEL_RECEIPT,
  CANCELLABLE,
  CANCELLED,
  RETURN_RECEIPT,
  RETURNABLE,
  RETURNED,
  returnProblem,
  UNDER_INSPECTION,
  WITHDRAWAL_STATUS,
} from "../rules/withdrawal";
import { now } from "../../../lib/clock";
import { recordEvents } from "../../../lib/service/outbox";
import { LIST_PARTIES, listEvents, taxListEvents } from "../events";

function checkRequest(request: { guid: string; reason: string }, status: number, prefix: string): void {
  const check = new DocumentChecks(status);
  check.guid("guid", request.guid);
  check.text("reason", request.reason, 500);
  if (check.problems.length) rejectDocument(check.problems, prefix);
}

/**
 * A request already answered is answered again the same way, whatever happened since. Only the agent's own
 * requests are found by their GUID: another agent's GUID is not a replay and answers nothing of that agent's.
 */
function answered(prisma: CustomsContext["prisma"], agentCode: string, guid: string, messageType: string): Promise<ReceiptRow | null> {
  return prisma.declarationReceipt.findFirst({ where: { agentCode, guid, messageType }, orderBy: { returnTime: "desc" } });
}

export async function cancelInventory(request: InventoryCancelInput, { identity, prisma, graph }: CustomsContext): Promise<ReceiptRow> {
  await requireSender({ identity, graph }, "inventoryCancel", request.agentCode);
  checkRequest(request, WITHDRAWAL_STATUS.cancelRefused, "request");
  const previous = await answered(prisma, request.agentCode, request.guid, CANCEL_RECEIPT);
  if (previous) return previous;
  const key = { agentCode: request.agentCode, copNo: request.copNo };
  const list = await prisma.inventoryDeclaration.findUnique({
    where: { agentCode_copNo: key },
    select: { ...LIST_PARTIES, returnStatus: true, version: true },
  });
  if (!list) rejectDocument([{ field: "copNo", returnStatus: WITHDRAWAL_STATUS.cancelRefused, message: "there is no such list" }], "request");
  if (list.returnStatus === UNDER_INSPECTION) {
    rejectDocument(
      [{ field: "copNo", returnStatus: WITHDRAWAL_STATUS.underInspection, message: "the list is under inspection (500) and waits for CIQ's result" }],
      "request",
    );
  }
  if (!CANCELLABLE.has(list.returnStatus)) {
    rejectDocument(
      [
        {
          field: "copNo",
          returnStatus: WITHDRAWAL_STATUS.cancelRefused,
          message: `a list at status ${list.returnStatus} cannot be cancelled${RETURNABLE.has(list.returnStatus) ? "; released goods are returned (CEB625)" : ""}`,
        },
      ],
      "request",
    );
  }
  const outcome = { returnStatus: CANCELLED.returnStatus, returnInfo: `${CANCELLED.label}: ${request.reason}` };
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.inventoryDeclaration.updateMany({ where: { ...key, returnStatus: list.returnStatus }, data: { ...outcome, returnTime: now() } });
    if (count === 0)
      rejectDocument(
        [{ field: "copNo", returnStatus: WITHDRAWAL_STATUS.cancelRefused, message: "the list changed meanwhile; send the request again" }],
        "request",
      );
    const receipt = await tx.declarationReceipt.create({
      data: { ...key, messageType: CANCEL_RECEIPT, guid: request.guid, version: list.version, ...outcome },
    });
    await recordEvents(tx, listEvents(list, [receipt]));
    return receipt;
  });
}

export async function returnInventory(request: InventoryReturnInput, { identity, prisma, graph }: CustomsContext): Promise<ReceiptRow> {
  await requireSender({ identity, graph }, "inventoryReturn", request.agentCode);
  checkRequest(request, WITHDRAWAL_STATUS.returnRefused, "request");
  const previous = await answered(prisma, request.agentCode, request.guid, RETURN_RECEIPT);
  if (previous) return previous;
  const list = await prisma.inventoryDeclaration.findFirst({ where: { invtNo: request.invtNo, agentCode: request.agentCode } });
  if (!list)
    rejectDocument([{ field: "invtNo", returnStatus: WITHDRAWAL_STATUS.returnRefused, message: "this agent has no list with this number" }], "request");
  if (!RETURNABLE.has(list.returnStatus)) {
    rejectDocument(
      [
        {
          field: "invtNo",
          returnStatus: WITHDRAWAL_STATUS.returnRefused,
          message: `only released goods are returned; the list is at status ${list.returnStatus}`,
        },
      ],
      "request",
    );
  }
  const late = returnProblem(list.ieDate, request.appTime);
  if (late) rejectDocument([{ field: "invtNo", returnStatus: WITHDRAWAL_STATUS.returnRefused, message: late }], "request");
  const key = { agentCode: list.agentCode, copNo: list.copNo };
  const outcome = { returnStatus: RETURNED.returnStatus, returnInfo: `${RETURNED.label}: ${request.reason}; tax ${list.taxTotal?.toFixed() ?? "0"} refunded` };
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.inventoryDeclaration.updateMany({ where: { ...key, returnStatus: list.returnStatus }, data: { ...outcome, returnTime: now() } });
    if (count === 0)
      rejectDocument(
        [{ field: "invtNo", returnStatus: WITHDRAWAL_STATUS.returnRefused, message: "the list changed meanwhile; send the request again" }],
        "request",
      );
    if (list.taxBillPeriod && list.taxTotal) {
      await tx.taxBill.update({
        where: { guarantorUscc_period: { guarantorUscc: list.assureUscc, period: list.taxBillPeriod } },
        data: {
          customsTax: { decrement: list.customsTax ?? 0 },
          valueAddedTax: { decrement: list.valueAddedTax ?? 0 },
          consumptionTax: { decrement: list.consumptionTax ?? 0 },
          total: { decrement: list.taxTotal },
          listCount: { decrement: 1 },
        },
      });
    }
    const receipt = await tx.declarationReceipt.create({
      data: { ...key, messageType: RETURN_RECEIPT, guid: request.guid, version: list.version, ...outcome },
    });
    // The returned list's tax list is void (status 3): its tax was refunded above.
    await recordEvents(tx, [...listEvents(list, [receipt]), ...(await taxListEvents(tx, key, receipt.returnTime))]);
    return receipt;
  });
}
