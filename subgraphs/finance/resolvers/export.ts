import { documentNo, enterpriseCode } from "../../../lib/graphql/filters";
import { paginate } from "../../../lib/graphql/pagination";
import type { ExportRebateApplication, ExportReceipt, Prisma } from "../../../prisma/finance/generated/client";
import type { ExportRebateFilter, Resolvers } from "../__generated__/resolvers-types";
import { EXPORT_RECEIPT_RECEIPT } from "../rules/export-receipt";
import { applyExportRebate, inLifecycleOrder, takeRebateStep } from "./export-rebate";
import { exportReceiptWhere, submitExportReceipt } from "./export-receipts";
import { exportReconciliation } from "./export-reconciliation";

function rebateWhere(filter: ExportRebateFilter | null | undefined): Prisma.ExportRebateApplicationWhereInput {
  if (!filter) return {};
  return {
    status: filter.status ?? undefined,
    ebcCode: filter.ebcCode == null ? undefined : enterpriseCode("filter.ebcCode", filter.ebcCode),
    greenChannel: filter.greenChannel ?? undefined,
  };
}

/** Finance's part of the export side: receipts of payment, the monthly reconciliation and export rebates. */
export const exportResolvers: Resolvers = {
  Query: {
    exportReceipt: (_, { payCode, payNo }, { loaders }) =>
      loaders.exportReceiptByKey.load({ payCode: enterpriseCode("payCode", payCode), payNo: documentNo("payNo", payNo, 60) }),
    exportReceipts: (_, args, { prisma, readable }) =>
      paginate<ExportReceipt, Prisma.ExportReceiptWhereInput>(
        args,
        { fields: ["accountingDate", "payCode", "payNo"], direction: "desc" },
        { AND: [exportReceiptWhere(args.filter), readable("ExportReceipt")] },
        { rows: (query) => prisma.exportReceipt.findMany(query), count: (where) => prisma.exportReceipt.count({ where }) },
      ),
    exportReconciliation: (_, { ebcCode, period }, context) => exportReconciliation(ebcCode, period, context),
    exportRebateApplication: (_, { ebcCode, applicationNo }, { loaders }) =>
      loaders.rebateByKey.load({ ebcCode: enterpriseCode("ebcCode", ebcCode), applicationNo: documentNo("applicationNo", applicationNo, 60) }),
    exportRebateApplications: (_, args, { prisma, readable }) =>
      paginate<ExportRebateApplication, Prisma.ExportRebateApplicationWhereInput>(
        args,
        { fields: ["createdAt", "ebcCode", "applicationNo"], direction: "desc" },
        { AND: [rebateWhere(args.filter), readable("ExportRebateApplication")] },
        { rows: (query) => prisma.exportRebateApplication.findMany(query), count: (where) => prisma.exportRebateApplication.count({ where }) },
      ),
  },
  Mutation: {
    submitExportReceipt: (_, { receipt }, context) => submitExportReceipt(receipt, context),
    applyExportRebate: (_, { application }, context) => applyExportRebate(application, context),
    reviewExportRebate: (_, { ebcCode, applicationNo, reason }, context) => takeRebateStep({ ebcCode, applicationNo }, "review", reason, context),
    decideExportRebate: (_, { ebcCode, applicationNo, approve, reason }, context) =>
      takeRebateStep({ ebcCode, applicationNo }, approve ? "approve" : "reject", reason, context),
    payExportRebate: (_, { ebcCode, applicationNo, reason }, context) => takeRebateStep({ ebcCode, applicationNo }, "pay", reason, context),
  },
  ExportReceipt: {
    __resolveReference: (ref, { loaders }) => loaders.exportReceiptByKey.load(ref),
    receipts: async (receipt, _, { loaders }) =>
      (await loaders.returnsByExportReceipt.load(receipt)).map((row) => ({ ...row, messageType: EXPORT_RECEIPT_RECEIPT })),
    order: (receipt) => ({ ebpCode: receipt.ebpCode, orderNo: receipt.orderNo }),
  },
  ExportRebateApplication: {
    __resolveReference: (ref, { loaders }) => loaders.rebateByKey.load(ref),
    summaryResult: (application) => ({ entryId: application.entryId }),
    items: (application, _, { loaders }) => loaders.rebateItems.load(application),
    lists: (application, _, { loaders }) => loaders.rebateLists.load(application),
    history: async (application, _, { loaders }) => inLifecycleOrder(await loaders.rebateDecisions.load(application)),
  },
};
