import { GraphQLError } from "graphql";
import { isDuplicateKey, rejectDocument, requireSubmitter } from "../../../lib/documents/submission";
import type { Prisma } from "../../../prisma/customs/generated/client";
import type { OrderInput } from "../__generated__/resolvers-types";
import type { CustomsContext, ReceiptRow } from "../context";
import { checkOrder, ORDER_RECEIPT, ORDER_STATUS, orderHash } from "../rules/order";

/** Lists in these states hold the order: it can no longer change. */
const NOT_HOLDING = [100];

type StoredReceipt = Omit<ReceiptRow, "messageType">;
const asReceipt = (receipt: StoredReceipt): ReceiptRow => ({ ...receipt, messageType: ORDER_RECEIPT });

function duplicate(field: string, returnStatus: number, message: string): never {
  rejectDocument([{ field, returnStatus, message }], "order");
}

async function latestReceipt(prisma: CustomsContext["prisma"], key: { ebpCode: string; orderNo: string }): Promise<ReceiptRow> {
  const receipt = await prisma.orderReceipt.findFirstOrThrow({ where: key, orderBy: [{ returnTime: "desc" }, { version: "desc" }] });
  return asReceipt(receipt);
}

/**
 * Files a CEB311 order. The same content again (any GUID, any time) returns the receipt already issued
 * and writes nothing; other content under the same key is a duplicate (-301010) unless it is a change.
 */
export async function submitOrder(order: OrderInput, { identity, prisma }: CustomsContext): Promise<ReceiptRow> {
  requireSubmitter(identity, order.ebpCode, "order.ebpCode");
  const problems = checkOrder(order);
  if (problems.length > 0) rejectDocument(problems, "order");

  const key = { ebpCode: order.ebpCode, orderNo: order.orderNo };
  const contentHash = orderHash(order, order.lines);
  const status =
    order.appStatus === "2"
      ? { returnStatus: 120, returnInfo: "海关入库: the order is accepted" }
      : { returnStatus: 1, returnInfo: "电子口岸已暂存: the order is saved and not yet declared" };
  const { lines, orderType, ...head } = order;
  const content = { ...head, orderType: orderType ?? "I", contentHash, returnStatus: status.returnStatus };

  const existing = await prisma.order.findUnique({ where: { ebpCode_orderNo: key }, select: { contentHash: true, version: true } });
  if (existing?.contentHash === contentHash) return latestReceipt(prisma, key);

  if (order.appType === "1") {
    if (existing) duplicate("orderNo", ORDER_STATUS.duplicate, "this platform has already filed another order with this number");
    try {
      await prisma.order.create({
        data: { ...content, version: 1, lines: { create: lines }, receipts: { create: { guid: order.guid, version: 1, ...status } } },
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // Filed at the same moment by another request: the same document gets its receipt, another is a duplicate.
      const winner = await prisma.order.findUniqueOrThrow({ where: { ebpCode_orderNo: key }, select: { contentHash: true } });
      if (winner.contentHash !== contentHash) duplicate("orderNo", ORDER_STATUS.duplicate, "this platform has already filed another order with this number");
    }
    return latestReceipt(prisma, key);
  }

  if (!existing) duplicate("orderNo", ORDER_STATUS.invalid, "there is no order with this number to change (appType 2)");
  const holding = await prisma.inventoryDeclaration.count({ where: { ...key, returnStatus: { notIn: NOT_HOLDING } } });
  if (holding > 0) duplicate("orderNo", ORDER_STATUS.alreadyDeclared, "the order is on a declared inventory list and can no longer change");

  await prisma.$transaction(async (tx) => {
    const current = await tx.order.findUniqueOrThrow({ where: { ebpCode_orderNo: key }, include: { lines: { orderBy: { gnum: "asc" } } } });
    if (current.version !== existing.version) {
      throw new GraphQLError("order: it changed while this change was being filed; send it again", { extensions: { code: "CONFLICT" } });
    }
    const { lines: previousLines, ...previous } = current;
    await tx.orderVersion.create({
      data: { ...key, version: current.version, content: JSON.parse(JSON.stringify({ ...previous, lines: previousLines })) as Prisma.InputJsonValue },
    });
    await tx.orderLine.deleteMany({ where: key });
    await tx.order.update({
      where: { ebpCode_orderNo: key },
      data: {
        ...content,
        version: current.version + 1,
        lines: { create: lines },
        receipts: { create: { guid: order.guid, version: current.version + 1, ...status } },
      },
    });
  });
  return latestReceipt(prisma, key);
}
