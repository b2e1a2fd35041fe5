import { documentNo, enterpriseCode, dayWindow } from "../../../lib/graphql/filters";
import { paginate } from "../../../lib/graphql/pagination";
import type { ExportWaybill, Prisma } from "../../../prisma/logistics/generated/client";
import type { ExportWaybillFilter, Resolvers } from "../__generated__/resolvers-types";
import { recordExportArrival, recordExportDeparture } from "./export-movements";
import { submitExportWaybill } from "./export-waybill";

function exportWaybillWhere(filter: ExportWaybillFilter | null | undefined): Prisma.ExportWaybillWhereInput {
  if (!filter) return {};
  const enterprise = filter.enterprise == null ? undefined : enterpriseCode("filter.enterprise", filter.enterprise);
  return {
    status: filter.status ?? undefined,
    OR: enterprise === undefined ? undefined : [{ logisticsCode: enterprise }, { ebcCode: enterprise }],
    appTime: dayWindow("filter", filter.from, filter.to, "instant"),
  };
}

/** Logistics' part of the export side: export waybills (CEB505) and the parcels' arrival (CEB507) and departure (CEB509). */
export const exportResolvers: Resolvers = {
  Mutation: {
    submitExportWaybill: (_, { waybill }, context) => submitExportWaybill(waybill, context),
    recordExportArrival: (_, { arrival }, context) => recordExportArrival(arrival, context),
    recordExportDeparture: (_, { departure }, context) => recordExportDeparture(departure, context),
  },
  Query: {
    exportWaybill: (_, { logisticsCode, logisticsNo }, { loaders }) =>
      loaders.exportWaybillByKey.load({
        logisticsCode: enterpriseCode("logisticsCode", logisticsCode),
        logisticsNo: documentNo("logisticsNo", logisticsNo, 60),
      }),
    exportWaybills: (_, args, { prisma, readable }) =>
      paginate<ExportWaybill, Prisma.ExportWaybillWhereInput>(
        args,
        { fields: ["appTime", "logisticsCode", "logisticsNo"], direction: "desc" },
        { AND: [exportWaybillWhere(args.filter), readable("ExportWaybill")] },
        { rows: (query) => prisma.exportWaybill.findMany(query), count: (where) => prisma.exportWaybill.count({ where }) },
      ),
  },
  ExportWaybill: {
    __resolveReference: (ref, { loaders }) => loaders.exportWaybillByKey.load(ref),
    receipts: (waybill, _, { loaders }) => loaders.receiptsByExportWaybill.load(waybill),
  },
};
