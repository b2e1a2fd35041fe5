import { insertAll, seededUuid } from "../../lib/demo/insert";
import type { World } from "../../lib/demo/world";
import type { PrismaClient } from "../../prisma/finance/generated/client";
import { paymentHash } from "./rules/payment";

export async function seedFinance(prisma: PrismaClient, { finance }: World): Promise<void> {
  await insertAll(
    finance.payments.map((payment) => ({ ...payment, contentHash: paymentHash(payment) })),
    (data) => prisma.payment.createMany({ data }),
  );
  await insertAll(
    finance.payments.map((payment) => ({
      id: seededUuid(`CEB412|${payment.payCode}|${payment.payTransactionId}|1`),
      payCode: payment.payCode,
      payTransactionId: payment.payTransactionId,
      guid: payment.guid,
      version: 1,
      returnStatus: payment.returnStatus,
      returnInfo: "海关入库: the voucher is accepted",
      returnTime: payment.appTime,
    })),
    (data) => prisma.paymentReceipt.createMany({ data }),
  );
}
