import { concurrentChange, fileDocument, filingStatus, rejectDocument, type ReceiptRow } from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import type { Prisma } from "../../../prisma/finance/generated/client";
import type { PaymentInput } from "../__generated__/resolvers-types";
import type { FinanceContext } from "../context";
import { receiptEvent, recordEvents, type IssuedReceipt } from "../../../lib/service/outbox";
import { now } from "../../../lib/clock";
import { checkPayment, PAYMENT_RECEIPT, PAYMENT_STATUS, paymentHash } from "../rules/payment";

/** Files a CEB411 payment voucher (see `fileDocument` for resends, duplicates and changes). */
export async function submitPayment(payment: PaymentInput, { identity, prisma, graph }: FinanceContext): Promise<ReceiptRow> {
  await requireSender({ identity, graph }, "payment", payment.payCode);
  const problems = checkPayment(payment);
  if (problems.length > 0) rejectDocument(problems, "payment");

  const key = { payCode: payment.payCode, payTransactionId: payment.payTransactionId };
  const contentHash = paymentHash(payment);
  const status = filingStatus(payment.appStatus, "voucher");
  const content = { ...payment, contentHash, returnStatus: status.returnStatus };

  // The payer and the platform see the voucher's receipts (Payment @access parties).
  const event = (receipt: IssuedReceipt) => receiptEvent("PAYMENT_RECEIPT", PAYMENT_RECEIPT, { key, enterprises: [payment.payCode, payment.ebpCode] }, receipt);

  return fileDocument({
    appType: payment.appType,
    guid: payment.guid,
    contentHash,
    keyField: "payTransactionId",
    prefix: "payment",
    duplicateStatus: PAYMENT_STATUS.duplicate,
    invalidStatus: PAYMENT_STATUS.invalid,
    find: () =>
      prisma.payment.findUnique({ where: { payCode_payTransactionId: key }, select: { guid: true, contentHash: true, version: true, returnStatus: true } }),
    // The voucher, its receipt and the receipt's event are stored together or not at all.
    create: () =>
      prisma.$transaction(async (tx) => {
        const receipt = { guid: payment.guid, version: 1, ...status, returnTime: now() };
        await tx.payment.create({ data: { ...content, version: 1, receipts: { create: receipt } } });
        await recordEvents(tx, [event(receipt)]);
        return { ...receipt, messageType: PAYMENT_RECEIPT };
      }),
    // Finance cannot see customs' lists; customs refuses a change that no longer matches a declared list.
    unchangeable: async () => null,
    change: (expected) =>
      prisma.$transaction(async (tx) => {
        const current = await tx.payment.findUniqueOrThrow({ where: { payCode_payTransactionId: key } });
        if (current.version !== expected.version) throw concurrentChange("payment");
        await tx.paymentVersion.create({ data: { ...key, version: current.version, content: JSON.parse(JSON.stringify(current)) as Prisma.InputJsonValue } });
        const version = current.version + 1;
        const receipt = { guid: payment.guid, version, ...status, returnTime: now() };
        await tx.payment.update({ where: { payCode_payTransactionId: key }, data: { ...content, version, receipts: { create: receipt } } });
        await recordEvents(tx, [event(receipt)]);
      }),
    latestReceipt: async () => ({
      ...(await prisma.paymentReceipt.findFirstOrThrow({ where: key, orderBy: [{ returnTime: "desc" }, { version: "desc" }] })),
      messageType: PAYMENT_RECEIPT,
    }),
  });
}
