import DataLoader from "dataloader";
import { rowByKey, rowsByKey } from "../../lib/graphql/loaders";

export interface Destination {
  district: string;
  province: string;
  parcels: number;
  quantity: string;
}
import type { PrismaClient } from "../../prisma/customs/generated/client";
import { tariffOn, type TariffInForce } from "./tariff";

export function createCustomsLoaders(prisma: PrismaClient) {
  return {
    // 去向可查: one grouped query for every filing asked about, counting released parcels only.
    destinationsByFiling: new DataLoader<string, Destination[]>(async (filingNos) => {
      const rows = await prisma.$queryRaw<Array<{ filingNo: string; district: string; parcels: number; quantity: string }>>`
        SELECT l."filingNo", o."consigneeDistrict" AS district, count(DISTINCT d."copNo" || '|' || d."agentCode")::int AS parcels, sum(l.qty)::text AS quantity
        FROM "InventoryLine" l
        JOIN "InventoryDeclaration" d ON d."agentCode" = l."agentCode" AND d."copNo" = l."copNo"
        JOIN "Order" o ON o."ebpCode" = d."ebpCode" AND o."orderNo" = d."orderNo"
        WHERE l."filingNo" = ANY(${[...filingNos]}) AND d."returnStatus" IN (800, 899)
        GROUP BY l."filingNo", o."consigneeDistrict"
        ORDER BY l."filingNo", o."consigneeDistrict"`;
      const byFiling = new Map<string, Destination[]>();
      for (const row of rows) {
        const destination = { district: row.district, province: `${row.district.slice(0, 2)}0000`, parcels: row.parcels, quantity: row.quantity };
        const group = byFiling.get(row.filingNo);
        if (group) group.push(destination);
        else byFiling.set(row.filingNo, [destination]);
      }
      return filingNos.map((filingNo) => byFiling.get(filingNo) ?? []);
    }),
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
    declarationLines: rowsByKey(["agentCode", "copNo"], (where) => prisma.inventoryLine.findMany({ where, orderBy: { gnum: "asc" } })),
    // A tax bill's items: the lists released onto it (one query for every bill of a page).
    declarationsByTaxBill: rowsByKey(["assureUscc", "taxBillPeriod"], (where) =>
      prisma.inventoryDeclaration.findMany({ where, orderBy: [{ ieDate: "asc" }, { agentCode: "asc" }, { copNo: "asc" }] }),
    ),
    // An order or a parcel can be declared again after a cancellation: the newest list comes first.
    declarationsByOrder: rowsByKey(["ebpCode", "orderNo"], (where) => prisma.inventoryDeclaration.findMany({ where, orderBy: { appTime: "desc" } })),
    declarationsByWaybill: rowsByKey(["logisticsCode", "logisticsNo"], (where) =>
      prisma.inventoryDeclaration.findMany({ where, orderBy: { appTime: "desc" } }),
    ),
    exportOrderByKey: rowByKey(["ebpCode", "orderNo"], (where) => prisma.exportOrder.findMany({ where })),
    exportOrderLines: rowsByKey(["ebpCode", "orderNo"], (where) => prisma.exportOrderLine.findMany({ where, orderBy: { gnum: "asc" } })),
    receiptsByExportOrder: rowsByKey(["ebpCode", "orderNo"], (where) =>
      prisma.exportOrderReceipt.findMany({ where, orderBy: [{ returnTime: "desc" }, { version: "desc" }] }),
    ),
    exportDeclarationByKey: rowByKey(["agentCode", "copNo"], (where) => prisma.exportDeclaration.findMany({ where })),
    exportDeclarationLines: rowsByKey(["agentCode", "copNo"], (where) => prisma.exportInventoryLine.findMany({ where, orderBy: { gnum: "asc" } })),
    receiptsByExportDeclaration: rowsByKey(["agentCode", "copNo"], (where) =>
      prisma.exportDeclarationReceipt.findMany({ where, orderBy: [{ returnTime: "desc" }, { version: "desc" }] }),
    ),
    // An order or a parcel can be declared again after a cancellation: the newest list comes first.
    exportDeclarationsByOrder: rowsByKey(["ebpCode", "orderNo"], (where) => prisma.exportDeclaration.findMany({ where, orderBy: { appTime: "desc" } })),
    exportDeclarationsByWaybill: rowsByKey(["logisticsCode", "logisticsNo"], (where) =>
      // The live list first (a waybill has at most one), then the cancelled ones, newest first.
      prisma.exportDeclaration.findMany({ where, orderBy: [{ liveWaybill: { sort: "asc", nulls: "last" } }, { appTime: "desc" }] }),
    ),
    summaryByNo: rowByKey(["sumNo"], (where) => prisma.summaryDeclaration.findMany({ where })),
    summaryResultByEntry: rowByKey(["entryId"], (where) => prisma.summaryResult.findMany({ where })),
    summaryResultsBySum: rowsByKey(["sumNo"], (where) => prisma.summaryResult.findMany({ where, orderBy: { entryId: "asc" } })),
    summaryItems: rowsByKey(["entryId"], (where) => prisma.summaryItem.findMany({ where, orderBy: { gnum: "asc" } })),
    // The tariff in force on a China day (YYYY-MM-DD), asked once per request: a list's field checks, limits,
    // tax and the rules judged beside a refusal all use it, and a recheck decides up to 500 lists at once.
    tariffOn: new DataLoader<string, TariffInForce>((days) => Promise.all(days.map((day) => tariffOn(prisma, new Date(day))))),
  };
}

export type CustomsLoaders = ReturnType<typeof createCustomsLoaders>;
