import { rowByKey, rowsByKey } from "../../lib/graphql/loaders";
import type { PrismaClient } from "../../prisma/finance/generated/client";

export function createFinanceLoaders(prisma: PrismaClient) {
  return {
    paymentsByTaxBill: rowsByKey(["guarantorUscc", "period"], (where) =>
      prisma.taxBillPayment.findMany({ where, orderBy: [{ paidAt: "asc" }, { reference: "asc" }] }),
    ),
    receiptsByPayment: rowsByKey(["payCode", "payTransactionId"], (where) =>
      prisma.paymentReceipt.findMany({ where, orderBy: [{ returnTime: "desc" }, { version: "desc" }] }),
    ),
    paymentByKey: rowByKey(["payCode", "payTransactionId"], (where) => prisma.payment.findMany({ where })),
    // Normally one voucher per order; if a payment company filed two, the latest is the one that counts.
    paymentsByOrder: rowsByKey(["ebpCode", "orderNo"], (where) => prisma.payment.findMany({ where, orderBy: { appTime: "desc" } })),
    exportReceiptByKey: rowByKey(["payCode", "payNo"], (where) => prisma.exportReceipt.findMany({ where })),
    exportReceiptsByOrder: rowsByKey(["ebpCode", "orderNo"], (where) =>
      prisma.exportReceipt.findMany({ where, orderBy: [{ accountingDate: "asc" }, { payCode: "asc" }, { payNo: "asc" }] }),
    ),
    returnsByExportReceipt: rowsByKey(["payCode", "payNo"], (where) =>
      prisma.exportReceiptReturn.findMany({ where, orderBy: [{ returnTime: "desc" }, { version: "desc" }] }),
    ),
    rebateByKey: rowByKey(["ebcCode", "applicationNo"], (where) => prisma.exportRebateApplication.findMany({ where })),
    rebateItems: rowsByKey(["ebcCode", "applicationNo"], (where) => prisma.exportRebateItem.findMany({ where, orderBy: { gnum: "asc" } })),
    rebateLists: rowsByKey(["ebcCode", "applicationNo"], (where) => prisma.exportRebateList.findMany({ where, orderBy: { invtNo: "asc" } })),
    rebateDecisions: rowsByKey(["ebcCode", "applicationNo"], (where) => prisma.exportRebateDecision.findMany({ where, orderBy: { decidedAt: "asc" } })),
  };
}

export type FinanceLoaders = ReturnType<typeof createFinanceLoaders>;
