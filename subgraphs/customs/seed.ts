import Decimal from "decimal.js";
import { insertAll, seededUuid } from "../../lib/demo/insert";
import type { World } from "../../lib/demo/world";
import type { PrismaClient } from "../../prisma/customs/generated/client";
import { inventoryHash } from "./rules/inventory";
import { orderHash } from "./rules/order";

function byDocument<Line extends Record<string, unknown>>(lines: Line[], key: (line: Line) => string): Map<string, Line[]> {
  const groups = new Map<string, Line[]>();
  for (const line of lines) {
    const group = groups.get(key(line));
    if (group) group.push(line);
    else groups.set(key(line), [line]);
  }
  return groups;
}

export async function seedCustoms(prisma: PrismaClient, { customs }: World): Promise<void> {
  const orderLines = byDocument(customs.orderLines, (line) => `${line.ebpCode}|${line.orderNo}`);
  const orders = customs.orders.map((order) => ({ ...order, contentHash: orderHash(order, orderLines.get(`${order.ebpCode}|${order.orderNo}`) ?? []) }));
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

  const listLines = byDocument(customs.inventoryLines, (line) => `${line.agentCode}|${line.copNo}`);
  const declarations = customs.declarations.map((declaration) => {
    const lines = listLines.get(`${declaration.agentCode}|${declaration.copNo}`) ?? [];
    const goods = lines.reduce((sum, line) => sum.plus(String(line.totalPrice)), new Decimal(0));
    return {
      ...declaration,
      contentHash: inventoryHash(declaration, lines),
      dutiableValue: declaration.returnStatus === 100 ? null : goods.plus(String(declaration.freight)).plus(String(declaration.insuredFee)).toFixed(),
    };
  });
  await insertAll(declarations, (data) => prisma.inventoryDeclaration.createMany({ data }));
  await insertAll(
    customs.declarations.map((declaration) => ({
      id: seededUuid(`CEB622|${declaration.agentCode}|${declaration.copNo}|1`),
      agentCode: declaration.agentCode,
      copNo: declaration.copNo,
      guid: declaration.guid,
      version: 1,
      returnStatus: declaration.returnStatus,
      returnInfo: declaration.returnInfo ?? "",
      returnTime: declaration.returnTime ?? declaration.appTime,
    })),
    (data) => prisma.declarationReceipt.createMany({ data }),
  );
  await insertAll(customs.inventoryLines, (data) => prisma.inventoryLine.createMany({ data }));
}
