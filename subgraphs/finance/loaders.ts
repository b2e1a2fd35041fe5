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
  };
}

export type FinanceLoaders = ReturnType<typeof createFinanceLoaders>;
