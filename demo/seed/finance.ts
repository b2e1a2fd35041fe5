import { filingStatus } from "../../lib/documents/submission";
import { insertAll, seededReceipts } from "../insert";
import type { World } from "../world";
import type { PrismaClient } from "../../prisma/finance/generated/client";
import { paymentHash } from "../../subgraphs/finance/rules/payment";
import { EXPORT_RECEIPT_RECEIPT, exportReceiptHash } from "../../subgraphs/finance/rules/export-receipt";

export async function seedFinance(prisma: PrismaClient, { finance }: World): Promise<void> {
  await insertAll(
    finance.payments.map((payment) => ({ ...payment, contentHash: paymentHash(payment) })),
    (data) => prisma.payment.createMany({ data }),
  );
  await insertAll(
    seededReceipts(
      "CEB412",
      finance.payments,
      (p) => ({ payCode: p.payCode, payTransactionId: p.payTransactionId }),
      () => filingStatus("2", "voucher").returnInfo,
    ),
    (data) => prisma.paymentReceipt.createMany({ data }),
  );
  await insertAll(
    finance.exportReceipts.map((receipt) => ({ ...receipt, contentHash: exportReceiptHash(receipt) })),
    (data) => prisma.exportReceipt.createMany({ data }),
  );
  await insertAll(
    seededReceipts(
      EXPORT_RECEIPT_RECEIPT,
      finance.exportReceipts,
      (r) => ({ payCode: r.payCode, payNo: r.payNo }),
      () => filingStatus("2", "receipt of payment").returnInfo,
    ),
    (data) => prisma.exportReceiptReturn.createMany({ data }),
  );
}
