import { insertAll, seededUuid } from "../../lib/demo/insert";
import type { World } from "../../lib/demo/world";
import type { PrismaClient } from "../../prisma/customs/generated/client";
import { orderHash } from "./rules/order";

export async function seedCustoms(prisma: PrismaClient, { customs }: World): Promise<void> {
  const lines = new Map<string, World["customs"]["orderLines"]>();
  for (const line of customs.orderLines) {
    const key = `${line.ebpCode}|${line.orderNo}`;
    const group = lines.get(key);
    if (group) group.push(line);
    else lines.set(key, [line]);
  }
  const orders = customs.orders.map((order) => ({ ...order, contentHash: orderHash(order, lines.get(`${order.ebpCode}|${order.orderNo}`) ?? []) }));
  await insertAll(orders, (data) => prisma.order.createMany({ data }));
  await insertAll(
    customs.orders.map((order) => ({
      id: seededUuid(`CEB312|${order.ebpCode}|${order.orderNo}|1`),
      ebpCode: order.ebpCode,
      orderNo: order.orderNo,
      guid: order.guid,
      version: 1,
      returnStatus: order.returnStatus,
      returnInfo: "海关入库: the order is accepted",
      returnTime: order.appTime,
    })),
    (data) => prisma.orderReceipt.createMany({ data }),
  );
  await insertAll(customs.orderLines, (data) => prisma.orderLine.createMany({ data }));
  await insertAll(customs.declarations, (data) => prisma.inventoryDeclaration.createMany({ data }));
  await insertAll(customs.inventoryLines, (data) => prisma.inventoryLine.createMany({ data }));
}
