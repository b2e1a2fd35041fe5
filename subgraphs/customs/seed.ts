import { insertAll } from "../../lib/demo/insert";
import type { World } from "../../lib/demo/world";
import type { PrismaClient } from "../../prisma/customs/generated/client";

export async function seedCustoms(prisma: PrismaClient, { customs }: World): Promise<void> {
  await insertAll(customs.orders, (data) => prisma.order.createMany({ data }));
  await insertAll(customs.orderLines, (data) => prisma.orderLine.createMany({ data }));
  await insertAll(customs.declarations, (data) => prisma.inventoryDeclaration.createMany({ data }));
  await insertAll(customs.inventoryLines, (data) => prisma.inventoryLine.createMany({ data }));
}
