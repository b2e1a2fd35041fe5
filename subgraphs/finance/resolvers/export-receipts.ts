import { concurrentChange, fileDocument, filingStatus, rejectDocument, requireSubmitter, type ReceiptRow } from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import { badUserInput } from "../../../lib/graphql/errors";
import { enterpriseCode } from "../../../lib/graphql/filters";
import type { Prisma } from "../../../prisma/finance/generated/client";
import type { ExportReceiptFilter, ExportReceiptInput } from "../__generated__/resolvers-types";
import type { FinanceContext } from "../context";
import { monthWindow } from "../rules/coverage";
import { certifierProblem, checkExportReceipt, EXPORT_RECEIPT_RECEIPT, EXPORT_RECEIPT_STATUS, exportReceiptHash } from "../rules/export-receipt";
import { CNY } from "../rules/fx";
import { receiptEvent, recordEvents, type IssuedReceipt } from "../../../lib/service/outbox";
import { now } from "../../../lib/clock";

/** Files a CEB403 receipt of payment for an export order (see `fileDocument` for resends, duplicates and changes). */
export async function submitExportReceipt(receipt: ExportReceiptInput, { identity, prisma, graph }: FinanceContext): Promise<ReceiptRow> {
  // Whom the caller files for first; then a self-certified payment, answered with the standard's code before
  // the sender's role is asked about (requireSender asks credit).
  requireSubmitter(identity, receipt.payCode, "receipt.payCode");
  const selfCertified = certifierProblem(receipt, identity.usccs);
  if (selfCertified) rejectDocument([selfCertified], "receipt");
  await requireSender({ identity, graph }, "exportReceipt", receipt.payCode);
  const checked = checkExportReceipt(receipt);
  if (checked.problems.length > 0) rejectDocument(checked.problems, "receipt");

  const key = { payCode: receipt.payCode, payNo: receipt.payNo };
  // The rate as stored, so that an RMB receipt sent without a rate and again with "1" is the same document.
  const stored = { ...receipt, exchangeRate: checked.exchangeRate.toFixed() };
  const contentHash = exportReceiptHash(stored);
  const status = filingStatus(receipt.appStatus, "receipt of payment");
  const content = {
    ...stored,
    rmbAmount: checked.rmbAmount.toFixed(2),
    rmbSettlement: receipt.currency === CNY,
    contentHash,
    returnStatus: status.returnStatus,
  };

  // The payer, the seller and the platform see its answers (ExportReceipt @access parties).
  const event = (issued: IssuedReceipt) =>
    receiptEvent(
      "EXPORT_RECEIPT_RECEIPT",
      EXPORT_RECEIPT_RECEIPT,
      {
        key,
        fields: { ebpCode: receipt.ebpCode, ebcCode: receipt.ebcCode, orderNo: receipt.orderNo },
        enterprises: [receipt.payCode, receipt.ebcCode, receipt.ebpCode],
      },
      issued,
    );

  return fileDocument({
    appType: receipt.appType,
    guid: receipt.guid,
    contentHash,
    keyField: "payNo",
    prefix: "receipt",
    duplicateStatus: EXPORT_RECEIPT_STATUS.duplicate,
    invalidStatus: EXPORT_RECEIPT_STATUS.invalid,
    find: () =>
      prisma.exportReceipt.findUnique({ where: { payCode_payNo: key }, select: { guid: true, contentHash: true, version: true, returnStatus: true } }),
    // The receipt of payment, its answer and the answer's event are stored together or not at all.
    create: () =>
      prisma.$transaction(async (tx) => {
        const issued = { guid: receipt.guid, version: 1, ...status, returnTime: now() };
        await tx.exportReceipt.create({ data: { ...content, version: 1, receipts: { create: issued } } });
        await recordEvents(tx, [event(issued)]);
      }),
    // A rebate decided on the money received must not see that money change under it.
    unchangeable: async () => {
      const current = await prisma.exportReceipt.findUniqueOrThrow({ where: { payCode_payNo: key }, select: { ebpCode: true, orderNo: true } });
      const relied = await prisma.exportRebateList.findFirst({
        where: { ebpCode: current.ebpCode, orderNo: current.orderNo, application: { status: { not: "REJECTED" } } },
        select: { applicationNo: true },
      });
      return relied
        ? {
            returnStatus: EXPORT_RECEIPT_STATUS.invalid,
            message: `export rebate application ${relied.applicationNo} relies on the payment of this order; the receipt can no longer change`,
          }
        : null;
    },
    change: (expected) =>
      prisma.$transaction(async (tx) => {
        const current = await tx.exportReceipt.findUniqueOrThrow({ where: { payCode_payNo: key } });
        if (current.version !== expected.version) throw concurrentChange("receipt");
        await tx.exportReceiptVersion.create({
          data: { ...key, version: current.version, content: JSON.parse(JSON.stringify(current)) as Prisma.InputJsonValue },
        });
        const version = current.version + 1;
        const issued = { guid: receipt.guid, version, ...status, returnTime: now() };
        await tx.exportReceipt.update({ where: { payCode_payNo: key }, data: { ...content, version, receipts: { create: issued } } });
        await recordEvents(tx, [event(issued)]);
      }),
    latestReceipt: async () => ({
      ...(await prisma.exportReceiptReturn.findFirstOrThrow({ where: key, orderBy: [{ returnTime: "desc" }, { version: "desc" }] })),
      messageType: EXPORT_RECEIPT_RECEIPT,
    }),
  });
}

export function exportReceiptWhere(filter: ExportReceiptFilter | null | undefined): Prisma.ExportReceiptWhereInput {
  if (!filter) return {};
  const party = filter.enterprise == null ? undefined : enterpriseCode("filter.enterprise", filter.enterprise);
  let accountingDate: Prisma.DateTimeFilter | undefined;
  if (filter.period != null) {
    const window = monthWindow(filter.period);
    if (!window) throw badUserInput("filter.period", "must be a month, YYYY-MM");
    accountingDate = { gte: window.from, lt: window.to };
  }
  return {
    accountingDate,
    currency: filter.currency ?? undefined,
    ...(party ? { OR: [{ payCode: party }, { ebcCode: party }, { ebpCode: party }] } : {}),
  };
}
