import { filingStatus } from "../../lib/documents/submission";
import { insertAll, seededReceipts } from "../../lib/demo/insert";
import type { World } from "../../lib/demo/world";
import type { PrismaClient } from "../../prisma/logistics/generated/client";
import { waybillHash } from "./rules/waybill";

export async function seedLogistics(prisma: PrismaClient, { logistics }: World): Promise<void> {
  await insertAll(
    logistics.waybills.map((waybill) => ({ ...waybill, contentHash: waybillHash(waybill) })),
    (data) => prisma.waybill.createMany({ data }),
  );
  await insertAll(
    seededReceipts("CEB512", logistics.waybills, (w) => ({ logisticsCode: w.logisticsCode, logisticsNo: w.logisticsNo }), () => filingStatus("2", "waybill").returnInfo),
    (data) => prisma.waybillReceipt.createMany({ data }),
  );
  await insertAll(logistics.trackingEvents, (data) => prisma.trackingEvent.createMany({ data }));
}
