import { filingStatus } from "../../lib/documents/submission";
import { chinaDayStart } from "../../lib/rules/china-time";
import { billDueDate } from "../../subgraphs/customs/rules/tax-bill";
import { seededTaxBills } from "./customs";
import { insertAll, seededReceipts } from "../insert";
import type { World } from "../world";
import type { PrismaClient } from "../../prisma/finance/generated/client";
import { paymentHash } from "../../subgraphs/finance/rules/payment";
import { EXPORT_RECEIPT_RECEIPT, exportReceiptHash } from "../../subgraphs/finance/rules/export-receipt";

/**
 * Every tax bill of the demo world paid in full by its guarantor on its due date, at 10:00 in China: the demo's
 * guarantors are not in arrears (customs' seed records the bills as judged paid).
 */
export function seededTaxPayments(world: World) {
  return seededTaxBills(world).bills.map((bill) => ({
    reference: `DEMO-TAX-${bill.guarantorUscc}-${bill.period}`,
    guarantorUscc: bill.guarantorUscc,
    period: bill.period,
    amount: bill.total.toFixed(),
    paidAt: new Date(chinaDayStart(billDueDate(bill.period)).getTime() + 10 * 3600_000),
    recordedBy: "seed",
  }));
}

export async function seedFinance(prisma: PrismaClient, world: World): Promise<void> {
  const { finance } = world;
  await insertAll(seededTaxPayments(world), (data) => prisma.taxBillPayment.createMany({ data }));
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
