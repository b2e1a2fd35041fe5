import { requireStaffOf } from "../../../lib/auth/guards";
import { badUserInput } from "../../../lib/graphql/errors";
import { documentNo, enterpriseCode, dayWindow } from "../../../lib/graphql/filters";
import { paginate } from "../../../lib/graphql/pagination";
import type { ExportDeclaration, Prisma } from "../../../prisma/customs/generated/client";
import type { ExportDeclarationFilter, Resolvers } from "../__generated__/resolvers-types";
import { EXPORT_ORDER_RECEIPT, RELEASED } from "../rules/export";
import { summaryDueDate } from "../rules/export-summary";
import { cancelExportInventory, declareExportInventory, holdExportListsForDeparture, releaseExportListHolds, submitExportOrder } from "./export-documents";
import { applySummaryDeclaration, listsOfForm, summaryReceipt } from "./export-summary";
import { chinaDay, chinaMonthSql } from "../../../lib/rules/china-time";
import { now } from "../../../lib/clock";
import { readsZoneFigures } from "../../../lib/auth/policy";
import type { CustomsContext } from "../context";

function exportDeclarationWhere(filter: ExportDeclarationFilter | null | undefined): Prisma.ExportDeclarationWhereInput {
  if (!filter) return {};
  if (filter.statisticsFlag != null && !["A", "B"].includes(filter.statisticsFlag)) throw badUserInput("filter.statisticsFlag", "must be A or B");
  const party = filter.enterprise == null ? undefined : enterpriseCode("filter.enterprise", filter.enterprise);
  return {
    returnStatus: filter.returnStatus ?? undefined,
    statisticsFlag: filter.statisticsFlag ?? undefined,
    ieDate: dayWindow("filter", filter.from, filter.to, "date"),
    ...(party ? { OR: [{ ebpCode: party }, { ebcCode: party }, { agentCode: party }, { logisticsCode: party }, { ownerCode: party }] } : {}),
  };
}

const MAX_WAYBILLS = 500;

interface DueRow {
  ebcCode: string;
  period: string;
  currency: string;
  lists: number;
  goodsValue: string;
}

/**
 * The released flag-B lists no summary names yet, per exporter, China month of release and currency: what
 * summaryDeclarationsDue shows and what customs' sweep reports as late once the month's due date has passed.
 * `exporters` narrows it to those enterprises; null for every one.
 */
export function unsummarisedMonths(prisma: CustomsContext["prisma"], exporters: readonly string[] | null): Promise<DueRow[]> {
  return prisma.$queryRawUnsafe<DueRow[]>(
    `SELECT "ebcCode", ${chinaMonthSql(`"releasedAt"`)} AS period, currency,
            count(*)::int AS lists, sum("goodsValue")::text AS "goodsValue"
     FROM "ExportDeclaration"
     WHERE "statisticsFlag" = 'B' AND "returnStatus" = ${RELEASED} AND "sumNo" IS NULL
       AND ($1 OR "ebcCode" = ANY($2::text[]))
     GROUP BY 1, 2, 3
     ORDER BY 2, 1, 3`,
    exporters === null,
    exporters ?? [],
  );
}

export const exportResolvers: Resolvers = {
  Mutation: {
    submitExportOrder: (_, { order }, context) => submitExportOrder(order, context),
    declareExportInventory: (_, { inventory }, context) => declareExportInventory(inventory, context),
    cancelExportInventory: (_, { request }, context) => cancelExportInventory(request, context),
    applySummaryDeclaration: (_, { application }, context) => applySummaryDeclaration(application, context),
    holdExportListsForDeparture: (_, { departure }, context) => holdExportListsForDeparture(departure, context),
    releaseExportListHolds: (_, { departure }, context) => releaseExportListHolds(departure, context),
  },
  Query: {
    exportOrder: (_, { ebpCode, orderNo }, { loaders }) =>
      loaders.exportOrderByKey.load({ ebpCode: enterpriseCode("ebpCode", ebpCode), orderNo: documentNo("orderNo", orderNo, 60) }),
    exportDeclaration: (_, { agentCode, copNo }, { loaders }) =>
      loaders.exportDeclarationByKey.load({ agentCode: enterpriseCode("agentCode", agentCode), copNo: documentNo("copNo", copNo, 20) }),
    exportDeclarationByInvtNo: (_, { invtNo }, { prisma }) => prisma.exportDeclaration.findUnique({ where: { invtNo: documentNo("invtNo", invtNo, 18) } }),
    exportDeclarations: (_, args, { prisma, readable }) =>
      paginate<ExportDeclaration, Prisma.ExportDeclarationWhereInput>(
        args,
        { fields: ["appTime", "agentCode", "copNo"], direction: "desc" },
        { AND: [exportDeclarationWhere(args.filter), readable("ExportDeclaration")] },
        { rows: (query) => prisma.exportDeclaration.findMany(query), count: (where) => prisma.exportDeclaration.count({ where }) },
      ),
    exportDeclarationsOfWaybills: async (_, { waybills }, { identity, loaders }) => {
      // Answers by position: only callers who may read every list, or the policy's dropping of unreadable ones would shift the answers.
      requireStaffOf(identity, ["customs", "logistics", "finance"], "look export lists up by waybill");
      if (waybills.length > MAX_WAYBILLS) throw badUserInput("waybills", `at most ${MAX_WAYBILLS} waybills per request`);
      const keys = waybills.map((waybill, index) => ({
        logisticsCode: enterpriseCode(`waybills[${index}].logisticsCode`, waybill.logisticsCode),
        logisticsNo: documentNo(`waybills[${index}].logisticsNo`, waybill.logisticsNo, 60),
      }));
      return (await loaders.exportDeclarationsByWaybill.loadMany(keys)).map((lists) => (lists instanceof Error ? null : (lists[0] ?? null)));
    },
    summaryDeclaration: (_, { sumNo }, { loaders }) => loaders.summaryByNo.load({ sumNo: documentNo("sumNo", sumNo, 18) }),
    summaryResult: (_, { entryId }, { loaders }) => {
      if (!/^\d{18}$/.test(entryId)) throw badUserInput("entryId", "must be 18 digits");
      return loaders.summaryResultByEntry.load({ entryId });
    },
    summaryDeclarationsDue: async (_, { asOf }, { identity, prisma }) => {
      const today = chinaDay(asOf ?? now());
      // Zone readers (readsZoneFigures) see every consignor; an enterprise only its own lists.
      const everyone = readsZoneFigures(identity);
      const rows = await unsummarisedMonths(prisma, everyone ? null : identity.usccs);
      return rows.map((row) => {
        const dueDate = summaryDueDate(row.period);
        return { ...row, dueDate, overdue: today > chinaDay(dueDate) };
      });
    },
  },
  ExportOrder: {
    __resolveReference: (ref, { loaders }) => loaders.exportOrderByKey.load(ref),
    lines: (order, _, { loaders }) => loaders.exportOrderLines.load(order),
    receipts: async (order, _, { loaders }) =>
      (await loaders.receiptsByExportOrder.load(order)).map((receipt) => ({ ...receipt, messageType: EXPORT_ORDER_RECEIPT })),
    declaration: async (order, _, { loaders }) => (await loaders.exportDeclarationsByOrder.load(order))[0] ?? null,
  },
  ExportDeclaration: {
    __resolveReference: (ref, { loaders }) => loaders.exportDeclarationByKey.load(ref),
    lines: (list, _, { loaders }) => loaders.exportDeclarationLines.load(list),
    receipts: (list, _, { loaders }) => loaders.receiptsByExportDeclaration.load(list),
    order: (list, _, { loaders }) => loaders.exportOrderByKey.load(list),
    waybill: (list) => ({ logisticsCode: list.logisticsCode, logisticsNo: list.logisticsNo }),
  },
  ExportWaybill: {
    __resolveReference: (ref) => ({ logisticsCode: ref.logisticsCode, logisticsNo: ref.logisticsNo }),
    declaration: async (waybill, _, { loaders }) => (await loaders.exportDeclarationsByWaybill.load(waybill))[0] ?? null,
  },
  SummaryDeclaration: {
    __resolveReference: (ref, { loaders }) => loaders.summaryByNo.load(ref),
    receipts: (summary) => [summaryReceipt(summary)],
    results: (summary, _, { loaders }) => loaders.summaryResultsBySum.load(summary),
  },
  SummaryResult: {
    __resolveReference: (ref, { loaders }) => loaders.summaryResultByEntry.load(ref),
    items: (result, _, { loaders }) => loaders.summaryItems.load(result),
    // Forms are split by currency, so their items share one.
    currency: async (result, _, { loaders }) => (await loaders.summaryItems.load(result))[0]?.currency ?? "",
    declarations: async (result, _, { loaders }) =>
      (await loaders.exportDeclarationByKey.loadMany(listsOfForm(result.lists))).filter(
        (list): list is ExportDeclaration => list !== null && !(list instanceof Error),
      ),
  },
};
