import { concurrentChange, fileDocument, filingStatus, rejectDocument, type ReceiptRow } from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import type { Prisma } from "../../../prisma/logistics/generated/client";
import type { WaybillInput } from "../__generated__/resolvers-types";
import type { LogisticsContext } from "../context";
import { waybillEvent } from "../events";
import { recordEvents } from "../../../lib/service/outbox";
import { now } from "../../../lib/clock";
import { checkWaybill, WAYBILL_RECEIPT, WAYBILL_STATUS, waybillHash } from "../rules/waybill";

/** Files a CEB511 waybill (see `fileDocument` for resends, duplicates and changes). */
export async function submitWaybill(waybill: WaybillInput, { identity, prisma, graph }: LogisticsContext): Promise<ReceiptRow> {
  await requireSender({ identity, graph }, "waybill", waybill.logisticsCode);
  const problems = checkWaybill(waybill);
  if (problems.length > 0) rejectDocument(problems, "waybill");

  const key = { logisticsCode: waybill.logisticsCode, logisticsNo: waybill.logisticsNo };
  const contentHash = waybillHash(waybill);
  const status = filingStatus(waybill.appStatus, "waybill");
  const content = { ...waybill, contentHash, returnStatus: status.returnStatus };

  return fileDocument({
    appType: waybill.appType,
    guid: waybill.guid,
    contentHash,
    keyField: "logisticsNo",
    prefix: "waybill",
    duplicateStatus: WAYBILL_STATUS.duplicate,
    invalidStatus: WAYBILL_STATUS.invalid,
    find: () =>
      prisma.waybill.findUnique({ where: { logisticsCode_logisticsNo: key }, select: { guid: true, contentHash: true, version: true, returnStatus: true } }),
    // The waybill, its receipt and the receipt's event are stored together or not at all.
    create: () =>
      prisma.$transaction(async (tx) => {
        const receipt = { guid: waybill.guid, version: 1, ...status, returnTime: now() };
        await tx.waybill.create({
          data: {
            ...content,
            status: "DECLARED",
            version: 1,
            receipts: { create: receipt },
            events: { create: { id: `TE-${waybill.guid}`, status: "DECLARED", occurredAt: waybill.appTime, description: "物流企业已申报运单" } },
          },
        });
        await recordEvents(tx, [waybillEvent(key, receipt, WAYBILL_RECEIPT)]);
        return { ...receipt, messageType: WAYBILL_RECEIPT };
      }),
    unchangeable: async () => {
      const { status: position } = await prisma.waybill.findUniqueOrThrow({ where: { logisticsCode_logisticsNo: key }, select: { status: true } });
      return position === "DECLARED"
        ? null
        : { returnStatus: WAYBILL_STATUS.invalid, message: `the parcel is already ${position}; its waybill can no longer change` };
    },
    change: (expected) =>
      prisma.$transaction(async (tx) => {
        const current = await tx.waybill.findUniqueOrThrow({ where: { logisticsCode_logisticsNo: key } });
        if (current.version !== expected.version) throw concurrentChange("waybill");
        await tx.waybillVersion.create({ data: { ...key, version: current.version, content: JSON.parse(JSON.stringify(current)) as Prisma.InputJsonValue } });
        const version = current.version + 1;
        const receipt = { guid: waybill.guid, version, ...status, returnTime: now() };
        await tx.waybill.update({ where: { logisticsCode_logisticsNo: key }, data: { ...content, version, receipts: { create: receipt } } });
        await recordEvents(tx, [waybillEvent(key, receipt, WAYBILL_RECEIPT)]);
      }),
    latestReceipt: async () => ({
      ...(await prisma.waybillReceipt.findFirstOrThrow({
        where: { ...key, messageType: WAYBILL_RECEIPT },
        orderBy: [{ returnTime: "desc" }, { version: "desc" }],
      })),
    }),
  });
}
