import { insertAll, seededUuid } from "../../lib/demo/insert";
import type { World } from "../../lib/demo/world";
import type { PrismaClient } from "../../prisma/logistics/generated/client";
import { waybillHash } from "./rules/waybill";

export async function seedLogistics(prisma: PrismaClient, { logistics }: World): Promise<void> {
  await insertAll(
    logistics.waybills.map((waybill) => ({ ...waybill, contentHash: waybillHash(waybill) })),
    (data) => prisma.waybill.createMany({ data }),
  );
  await insertAll(
    logistics.waybills.map((waybill) => ({
      id: seededUuid(`CEB512|${waybill.logisticsCode}|${waybill.logisticsNo}|1`),
      logisticsCode: waybill.logisticsCode,
      logisticsNo: waybill.logisticsNo,
      guid: waybill.guid,
      version: 1,
      returnStatus: waybill.returnStatus,
      returnInfo: "海关入库: the waybill is accepted",
      returnTime: waybill.appTime,
    })),
    (data) => prisma.waybillReceipt.createMany({ data }),
  );
  await insertAll(logistics.trackingEvents, (data) => prisma.trackingEvent.createMany({ data }));
}
