import { rowByKey, rowsByKey } from "../../lib/graphql/loaders";
import type { PrismaClient } from "../../prisma/logistics/generated/client";

export function createLogisticsLoaders(prisma: PrismaClient) {
  return {
    receiptsByWaybill: rowsByKey(["logisticsCode", "logisticsNo"], (where) =>
      prisma.waybillReceipt.findMany({ where, orderBy: [{ returnTime: "desc" }, { version: "desc" }] }),
    ),
    waybillByKey: rowByKey(["logisticsCode", "logisticsNo"], (where) => prisma.waybill.findMany({ where })),
    exportWaybillByKey: rowByKey(["logisticsCode", "logisticsNo"], (where) => prisma.exportWaybill.findMany({ where })),
    receiptsByExportWaybill: rowsByKey(["logisticsCode", "logisticsNo"], (where) =>
      prisma.exportWaybillReceipt.findMany({ where, orderBy: [{ returnTime: "desc" }, { messageType: "desc" }, { version: "desc" }] }),
    ),
    trackingByWaybill: rowsByKey(["logisticsCode", "logisticsNo"], (where) =>
      prisma.trackingEvent.findMany({ where, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] }),
    ),
  };
}

export type LogisticsLoaders = ReturnType<typeof createLogisticsLoaders>;
