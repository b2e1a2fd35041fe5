import { concurrentChange, fileDocument, filingStatus, rejectDocument, type ReceiptRow } from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import type { Prisma } from "../../../prisma/customs/generated/client";
import type { OrderInput } from "../__generated__/resolvers-types";
import type { CustomsContext } from "../context";
import { orderEvent } from "../events";
import { recordEvents } from "../../../lib/service/outbox";
import { now } from "../../../lib/clock";
import { checkOrder, ORDER_RECEIPT, ORDER_STATUS, orderHash } from "../rules/order";

/** Lists in these states do not hold the order: it may still change. */
const NOT_HOLDING = [100];

/** Files a CEB311 order (see `fileDocument` for resends, duplicates and changes). */
export async function submitOrder(order: OrderInput, { identity, prisma, graph }: CustomsContext): Promise<ReceiptRow> {
  await requireSender({ identity, graph }, "order", order.ebpCode);
  const problems = checkOrder(order);
  if (problems.length > 0) rejectDocument(problems, "order");

  const key = { ebpCode: order.ebpCode, orderNo: order.orderNo };
  const contentHash = orderHash(order, order.lines);
  const status = filingStatus(order.appStatus, "order");
  const { lines, orderType, ...head } = order;
  const content = { ...head, orderType: orderType ?? "I", contentHash, returnStatus: status.returnStatus };

  return fileDocument({
    appType: order.appType,
    guid: order.guid,
    contentHash,
    keyField: "orderNo",
    prefix: "order",
    duplicateStatus: ORDER_STATUS.duplicate,
    invalidStatus: ORDER_STATUS.invalid,
    find: () => prisma.order.findUnique({ where: { ebpCode_orderNo: key }, select: { guid: true, contentHash: true, version: true, returnStatus: true } }),
    // The order, its receipt and the receipt's event are stored together or not at all.
    create: () =>
      prisma.$transaction(async (tx) => {
        const receipt = { guid: order.guid, version: 1, ...status, returnTime: now() };
        await tx.order.create({ data: { ...content, version: 1, lines: { create: lines }, receipts: { create: receipt } } });
        await recordEvents(tx, [orderEvent(order, receipt, ORDER_RECEIPT)]);
        return { ...receipt, messageType: ORDER_RECEIPT };
      }),
    unchangeable: async () =>
      (await prisma.inventoryDeclaration.count({ where: { ...key, returnStatus: { notIn: NOT_HOLDING } } })) > 0
        ? { returnStatus: ORDER_STATUS.alreadyDeclared, message: "the order is on a declared inventory list and can no longer change" }
        : null,
    change: (expected) =>
      prisma.$transaction(async (tx) => {
        const current = await tx.order.findUniqueOrThrow({ where: { ebpCode_orderNo: key }, include: { lines: { orderBy: { gnum: "asc" } } } });
        if (current.version !== expected.version) throw concurrentChange("order");
        await tx.orderVersion.create({ data: { ...key, version: current.version, content: JSON.parse(JSON.stringify(current)) as Prisma.InputJsonValue } });
        await tx.orderLine.deleteMany({ where: key });
        const version = current.version + 1;
        const receipt = { guid: order.guid, version, ...status, returnTime: now() };
        await tx.order.update({ where: { ebpCode_orderNo: key }, data: { ...content, version, lines: { create: lines }, receipts: { create: receipt } } });
        await recordEvents(tx, [orderEvent(order, receipt, ORDER_RECEIPT)]);
      }),
    latestReceipt: async () => ({
      ...(await prisma.orderReceipt.findFirstOrThrow({ where: key, orderBy: [{ returnTime: "desc" }, { version: "desc" }] })),
      messageType: ORDER_RECEIPT,
    }),
  });
}
