import { insertAll } from "../../lib/demo/insert";
import type { World } from "../../lib/demo/world";
import type { PrismaClient } from "../../prisma/logistics/generated/client";

export async function seedLogistics(prisma: PrismaClient, { logistics }: World): Promise<void> {
  await insertAll(logistics.waybills, (data) => prisma.waybill.createMany({ data }));
  await insertAll(logistics.trackingEvents, (data) => prisma.trackingEvent.createMany({ data }));
}
