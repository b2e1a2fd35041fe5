import { documentNo, enterpriseByCode, enterpriseCode, dayWindow } from "../../../lib/graphql/filters";
import { readAuditLog } from "../../../lib/auth/audit";
import { recheckWaitingLists } from "../../../lib/documents/recheck";
import { recordTrackingEvent, submitWaybillStatus } from "./tracking";
import { paginate } from "../../../lib/graphql/pagination";
import { submitWaybill } from "./submit-waybill";
import type { PersonalDataRead, Prisma, Waybill } from "../../../prisma/logistics/generated/client";
import type { Resolvers, WaybillFilter } from "../__generated__/resolvers-types";

function waybillWhere(filter: WaybillFilter | null | undefined): Prisma.WaybillWhereInput {
  if (!filter) return {};
  return {
    status: filter.status ?? undefined,
    logisticsCode: filter.enterprise == null ? undefined : enterpriseCode("filter.enterprise", filter.enterprise),
    appTime: dayWindow("filter", filter.from, filter.to, "instant"),
  };
}

export const logisticsResolvers: Resolvers = {
  Mutation: {
    recordTrackingEvent: (_, { event }, context) => recordTrackingEvent(event, context),
    submitWaybillStatus: (_, { status }, context) => submitWaybillStatus(status, context),
    submitWaybill: async (_, { waybill }, context) => {
      const receipt = await submitWaybill(waybill, context);
      await recheckWaitingLists(context, waybill.orderNo);
      return receipt;
    },
  },
  Query: {
    logisticsPersonalDataReads: (_, args, { identity, prisma }) =>
      readAuditLog<PersonalDataRead, Prisma.PersonalDataReadWhereInput>(identity, args, {
        rows: (query) => prisma.personalDataRead.findMany(query),
        count: (where) => prisma.personalDataRead.count({ where }),
      }),
    waybill: (_, { logisticsCode, logisticsNo }, { loaders }) =>
      loaders.waybillByKey.load({
        logisticsCode: enterpriseCode("logisticsCode", logisticsCode),
        logisticsNo: documentNo("logisticsNo", logisticsNo, 60),
      }),
    waybills: (_, args, { prisma, readable }) =>
      paginate<Waybill, Prisma.WaybillWhereInput>(
        args,
        { fields: ["appTime", "logisticsCode", "logisticsNo"], direction: "desc" },
        { AND: [waybillWhere(args.filter), readable("Waybill")] },
        { rows: (query) => prisma.waybill.findMany(query), count: (where) => prisma.waybill.count({ where }) },
      ),
  },
  Waybill: {
    __resolveReference: (ref, { loaders }) => loaders.waybillByKey.load(ref),
    receipts: (waybill, _, { loaders }) => loaders.receiptsByWaybill.load(waybill),
    tracking: (waybill, _, { loaders }) => loaders.trackingByWaybill.load(waybill),
    carrier: (waybill) => enterpriseByCode(waybill.logisticsCode),
  },
};
