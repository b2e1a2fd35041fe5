import { rowByKey, rowsByKey } from "../../lib/graphql/loaders";
import type { PrismaClient } from "../../prisma/customs/generated/client";

export function createCustomsLoaders(prisma: PrismaClient) {
  return {
    taxBillByKey: rowByKey(["guarantorUscc", "period"], (where) => prisma.taxBill.findMany({ where })),
    orderByKey: rowByKey(["ebpCode", "orderNo"], (where) => prisma.order.findMany({ where })),
    orderLines: rowsByKey(["ebpCode", "orderNo"], (where) => prisma.orderLine.findMany({ where, orderBy: { gnum: "asc" } })),
    receiptsByOrder: rowsByKey(["ebpCode", "orderNo"], (where) =>
      prisma.orderReceipt.findMany({ where, orderBy: [{ returnTime: "desc" }, { version: "desc" }] }),
    ),
    receiptsByDeclaration: rowsByKey(["agentCode", "copNo"], (where) =>
      prisma.declarationReceipt.findMany({ where, orderBy: [{ returnTime: "desc" }, { version: "desc" }] }),
    ),
    declarationByKey: rowByKey(["agentCode", "copNo"], (where) => prisma.inventoryDeclaration.findMany({ where })),
    declarationLines: rowsByKey(["agentCode", "copNo"], (where) =>
      prisma.inventoryLine.findMany({ where, orderBy: { gnum: "asc" } }),
    ),
    // An order or a parcel can be declared again after a cancellation: the newest list comes first.
    declarationsByOrder: rowsByKey(["ebpCode", "orderNo"], (where) =>
      prisma.inventoryDeclaration.findMany({ where, orderBy: { appTime: "desc" } }),
    ),
    declarationsByWaybill: rowsByKey(["logisticsCode", "logisticsNo"], (where) =>
      prisma.inventoryDeclaration.findMany({ where, orderBy: { appTime: "desc" } }),
    ),
  };
}

export type CustomsLoaders = ReturnType<typeof createCustomsLoaders>;
