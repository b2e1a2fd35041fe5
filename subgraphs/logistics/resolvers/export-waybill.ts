import { concurrentChange, fileDocument, filingStatus, rejectDocument, type ReceiptRow } from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import type { Prisma } from "../../../prisma/logistics/generated/client";
import type { ExportWaybillInput } from "../__generated__/resolvers-types";
import type { LogisticsContext } from "../context";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../../../lib/graphql/errors";
import type { ParcelList } from "../rules/export-movement";
import { RELEASED_LIST } from "../rules/tracking";
import { checkExportWaybill, EXPORT_WAYBILL_RECEIPT, EXPORT_WAYBILL_STATUS, exportWaybillHash } from "../rules/export-waybill";
import { receiptEvent, recordEvents, type IssuedReceipt } from "../../../lib/service/outbox";
import { now } from "../../../lib/clock";

const LIVE_LIST = `
  query LiveListOfWaybill($waybills: [ExportWaybillKeyInput!]!) {
    exportDeclarationsOfWaybills(waybills: $waybills) { invtNo returnStatus }
  }`;

/** An export list on the waybill as customs holds it (the live one when there is one); null when none names it. */
async function liveListOf(key: { logisticsCode: string; logisticsNo: string }, graph: LogisticsContext["graph"]): Promise<ParcelList> {
  const answer = await graph.request<{ exportDeclarationsOfWaybills: ParcelList[] }>(LIVE_LIST, { waybills: [key] });
  const lists = answer.data?.exportDeclarationsOfWaybills;
  if (answer.errors?.length || !lists || lists.length !== 1) {
    throw new GraphQLError("waybill: customs cannot be asked whether a list was released against the waybill; nothing was stored, send it again later", {
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: "customs" },
    });
  }
  return lists[0] ?? null;
}

/**
 * Files a CEB505 export waybill (see `fileDocument` for resends, duplicates and changes). A waybill is frozen
 * once its parcel arrived or customs released a list against it.
 */
export async function submitExportWaybill(waybill: ExportWaybillInput, { identity, prisma, graph }: LogisticsContext): Promise<ReceiptRow> {
  await requireSender({ identity, graph }, "exportWaybill", waybill.logisticsCode);
  const problems = checkExportWaybill(waybill);
  if (problems.length > 0) rejectDocument(problems, "waybill");

  const key = { logisticsCode: waybill.logisticsCode, logisticsNo: waybill.logisticsNo };
  const where = { logisticsCode_logisticsNo: key };
  const contentHash = exportWaybillHash(waybill);
  const status = filingStatus(waybill.appStatus, "export waybill");
  const content = { ...waybill, ebcTelephone: waybill.ebcTelephone ?? null, note: waybill.note ?? null, contentHash, returnStatus: status.returnStatus };
  const receipt = (version: number) => ({ messageType: EXPORT_WAYBILL_RECEIPT, guid: waybill.guid, version, ...status, returnTime: now() });
  // The carrier and the seller see its receipts (ExportWaybill @access parties).
  const event = (issued: IssuedReceipt) =>
    receiptEvent("EXPORT_WAYBILL_RECEIPT", EXPORT_WAYBILL_RECEIPT, { key, enterprises: [waybill.logisticsCode, waybill.ebcCode] }, issued);

  return fileDocument({
    appType: waybill.appType,
    guid: waybill.guid,
    contentHash,
    keyField: "logisticsNo",
    prefix: "waybill",
    duplicateStatus: EXPORT_WAYBILL_STATUS.duplicate,
    invalidStatus: EXPORT_WAYBILL_STATUS.invalid,
    find: () => prisma.exportWaybill.findUnique({ where, select: { guid: true, contentHash: true, version: true, returnStatus: true } }),
    // The waybill, its receipt and the receipt's event are stored together or not at all.
    create: () =>
      prisma.$transaction(async (tx) => {
        const issued = receipt(1);
        await tx.exportWaybill.create({ data: { ...content, status: "FILED", version: 1, receipts: { create: issued } } });
        await recordEvents(tx, [event(issued)]);
      }),
    unchangeable: async () => {
      const { status: position } = await prisma.exportWaybill.findUniqueOrThrow({ where, select: { status: true } });
      if (position !== "FILED")
        return { returnStatus: EXPORT_WAYBILL_STATUS.unchangeable, message: `the parcel is already ${position}; its export waybill can no longer change` };
      // Customs released a list against this waybill as it stands: it changes, as the list does, only by cancel and declare again.
      const list = await liveListOf(key, graph);
      return list && RELEASED_LIST.has(list.returnStatus)
        ? {
            returnStatus: EXPORT_WAYBILL_STATUS.unchangeable,
            message: `customs released export list ${list.invtNo ?? ""} against this waybill; cancel the list (CEB605) before changing it`,
          }
        : null;
    },
    change: (expected) =>
      prisma.$transaction(async (tx) => {
        const current = await tx.exportWaybill.findUniqueOrThrow({ where });
        // An arrival recorded since `unchangeable` looked counts as a concurrent change: the resend is then refused.
        if (current.version !== expected.version || current.status !== "FILED") throw concurrentChange("waybill");
        await tx.exportWaybillVersion.create({
          data: { ...key, version: current.version, content: JSON.parse(JSON.stringify(current)) as Prisma.InputJsonValue },
        });
        const version = current.version + 1;
        const issued = receipt(version);
        await tx.exportWaybill.update({ where, data: { ...content, version, receipts: { create: issued } } });
        await recordEvents(tx, [event(issued)]);
      }),
    latestReceipt: () =>
      prisma.exportWaybillReceipt.findFirstOrThrow({
        where: { ...key, messageType: EXPORT_WAYBILL_RECEIPT },
        orderBy: [{ returnTime: "desc" }, { version: "desc" }],
      }),
  });
}
