import { concurrentChange, fileDocument, filingStatus, rejectDocument, type ReceiptRow } from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import type { Prisma } from "../../../prisma/logistics/generated/client";
import type { ExportWaybillInput } from "../__generated__/resolvers-types";
import type { LogisticsContext } from "../context";
import { checkExportWaybill, EXPORT_WAYBILL_RECEIPT, EXPORT_WAYBILL_STATUS, exportWaybillHash } from "../rules/export-waybill";

/** Files a CEB505 export waybill (see `fileDocument` for resends, duplicates and changes). */
export async function submitExportWaybill(waybill: ExportWaybillInput, { identity, prisma, graph }: LogisticsContext): Promise<ReceiptRow> {
  await requireSender({ identity, graph }, "exportWaybill", waybill.logisticsCode);
  const problems = checkExportWaybill(waybill);
  if (problems.length > 0) rejectDocument(problems, "waybill");

  const key = { logisticsCode: waybill.logisticsCode, logisticsNo: waybill.logisticsNo };
  const where = { logisticsCode_logisticsNo: key };
  const contentHash = exportWaybillHash(waybill);
  const status = filingStatus(waybill.appStatus, "export waybill");
  const content = { ...waybill, ebcTelephone: waybill.ebcTelephone ?? null, note: waybill.note ?? null, contentHash, returnStatus: status.returnStatus };
  const receipt = (version: number) => ({ messageType: EXPORT_WAYBILL_RECEIPT, guid: waybill.guid, version, ...status });

  return fileDocument({
    appType: waybill.appType,
    contentHash,
    keyField: "logisticsNo",
    prefix: "waybill",
    duplicateStatus: EXPORT_WAYBILL_STATUS.duplicate,
    invalidStatus: EXPORT_WAYBILL_STATUS.invalid,
    find: () => prisma.exportWaybill.findUnique({ where, select: { contentHash: true, version: true, returnStatus: true } }),
    create: () => prisma.exportWaybill.create({ data: { ...content, status: "FILED", version: 1, receipts: { create: receipt(1) } } }),
    unchangeable: async () => {
      const { status: position } = await prisma.exportWaybill.findUniqueOrThrow({ where, select: { status: true } });
      return position === "FILED"
        ? null
        : { returnStatus: EXPORT_WAYBILL_STATUS.unchangeable, message: `the parcel is already ${position}; its export waybill can no longer change` };
    },
    change: (expected) =>
      prisma.$transaction(async (tx) => {
        const current = await tx.exportWaybill.findUniqueOrThrow({ where });
        // An arrival recorded since `unchangeable` looked counts as a concurrent change: the resend is then refused.
        if (current.version !== expected.version || current.status !== "FILED") throw concurrentChange("waybill");
        await tx.exportWaybillVersion.create({ data: { ...key, version: current.version, content: JSON.parse(JSON.stringify(current)) as Prisma.InputJsonValue } });
        const version = current.version + 1;
        await tx.exportWaybill.update({ where, data: { ...content, version, receipts: { create: receipt(version) } } });
      }),
    latestReceipt: () =>
      prisma.exportWaybillReceipt.findFirstOrThrow({ where: { ...key, messageType: EXPORT_WAYBILL_RECEIPT }, orderBy: [{ returnTime: "desc" }, { version: "desc" }] }),
  });
}
