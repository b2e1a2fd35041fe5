import { GraphQLError } from "graphql";
import { isDuplicateKey, isResend, rejectDocument, type ReceiptRow } from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import { ErrorCode } from "../../../lib/graphql/errors";
import { logger } from "../../../lib/logger";
import type { Problem } from "../../../lib/rules/document-checks";
import type { ExportWaybillStatus, Prisma, PrismaClient } from "../../../prisma/logistics/generated/client";
import type { ExportArrivalInput, ExportDepartureInput, ExportParcelInput } from "../__generated__/resolvers-types";
import type { LogisticsContext } from "../context";
import {
  ACCEPTED,
  ARRIVAL_RECEIPT,
  ARRIVAL_STATUS,
  arrivalHash,
  arrivalProblems,
  byItem,
  checkArrival,
  checkDeparture,
  DEPARTURE_RECEIPT,
  DEPARTURE_STATUS,
  departureHash,
  departureProblems,
  movementTimeProblems,
  releaseProblems,
  type ParcelList,
  type ParcelState,
} from "../rules/export-movement";
import { now } from "../../../lib/clock";
import { receiptEvent, recordEvents } from "../../../lib/service/outbox";

type Waybills = Map<string, ParcelState & { version: number }>;
type Transaction = Prisma.TransactionClient;
type StoredMovement = { guid: string; contentHash: string; returnStatus: number; returnInfo: string; returnTime: Date };

/** How one kind of movement (arrival or departure) of a company's parcels is recorded. */
interface Movement {
  prefix: "arrival" | "departure";
  messageType: string;
  message: { guid: string; logisticsCode: string; copNo: string; customsCode?: string; operatorCode?: string; items: readonly ExportParcelInput[] };
  contentHash: string;
  duplicateStatus: number;
  returnInfo: string;
  /** What each parcel's own receipt says. */
  parcelInfo: string;
  from: ExportWaybillStatus;
  to: ExportWaybillStatus;
  stamp: { arrivedAt: Date } | { departedAt: Date };
  find(): Promise<StoredMovement | null>;
  /** Why parcels may not move, judged on logistics' own records. */
  local(waybills: Waybills): Problem[];
  /** Why parcels that pass the local rules may not move, judged by another department. */
  remote?(waybills: Waybills): Promise<Problem[]>;
  /** Undoes what `remote` took in the other department, when the movement is then not recorded. */
  undo?(): Promise<void>;
  create(tx: Transaction, returnTime: Date): Promise<unknown>;
}

/** Thrown inside the transaction when a parcel left the expected status meanwhile, so that all of it rolls back. */
class ParcelMoved extends Error {}

const receiptOf = (movement: Movement, stored: StoredMovement): ReceiptRow => ({
  messageType: movement.messageType,
  guid: stored.guid,
  version: 1,
  returnStatus: stored.returnStatus,
  returnInfo: stored.returnInfo,
  returnTime: stored.returnTime,
});

async function parcelStates(prisma: PrismaClient, logisticsCode: string, items: readonly ExportParcelInput[]): Promise<Waybills> {
  const rows = await prisma.exportWaybill.findMany({
    where: { logisticsCode, logisticsNo: { in: items.map((item) => item.logisticsNo) } },
    select: { logisticsNo: true, returnStatus: true, status: true, version: true, arrivedAt: true },
  });
  return new Map(rows.map((row) => [row.logisticsNo, row]));
}

/**
 * Records a movement of parcels all at once or not at all. The same message again (its GUID and content,
 * `isResend`) is answered with the receipt already issued; any other message under the same copNo is a
 * duplicate. Parcels are moved only from the status the rules checked, so two messages racing for one
 * parcel cannot both win.
 */
async function recordMovement(movement: Movement, prisma: PrismaClient): Promise<ReceiptRow> {
  const { prefix, message } = movement;
  const answer = (stored: StoredMovement): ReceiptRow => {
    if (!isResend(stored, { guid: message.guid, contentHash: movement.contentHash })) {
      rejectDocument([{ field: "copNo", returnStatus: movement.duplicateStatus, message: `another ${prefix} with this number is already recorded` }], prefix);
    }
    return receiptOf(movement, stored);
  };

  const existing = await movement.find();
  if (existing) return answer(existing);

  const waybills = await parcelStates(prisma, message.logisticsCode, message.items);
  const local = movement.local(waybills);
  const failing = new Set(local.map((problem) => problem.field));
  const passing: Waybills = new Map(
    message.items.flatMap((item, index) => (failing.has(`items[${index}].logisticsNo`) ? [] : [[item.logisticsNo, waybills.get(item.logisticsNo)!] as const])),
  );
  const remote = movement.remote && passing.size > 0 ? await movement.remote(passing) : [];
  const problems = [...local, ...remote];
  if (problems.length > 0) {
    await movement.undo?.();
    rejectDocument(byItem(problems), prefix);
  }

  const returnTime = now();
  const logisticsNos = message.items.map((item) => item.logisticsNo);
  try {
    await prisma.$transaction(async (tx) => {
      await movement.create(tx, returnTime);
      const { count } = await tx.exportWaybill.updateMany({
        where: { logisticsCode: message.logisticsCode, logisticsNo: { in: logisticsNos }, status: movement.from },
        data: { status: movement.to, ...movement.stamp },
      });
      if (count !== logisticsNos.length) throw new ParcelMoved();
      await tx.exportWaybillReceipt.createMany({
        data: logisticsNos.map((logisticsNo) => ({
          messageType: movement.messageType,
          logisticsCode: message.logisticsCode,
          logisticsNo,
          guid: message.guid,
          version: waybills.get(logisticsNo)!.version,
          returnStatus: ACCEPTED,
          returnInfo: movement.parcelInfo,
          returnTime,
        })),
      });
      // The message's receipt, for the company that moved the parcels.
      await recordEvents(tx, [
        receiptEvent(
          movement.prefix === "arrival" ? "EXPORT_ARRIVAL_RECEIPT" : "EXPORT_DEPARTURE_RECEIPT",
          movement.messageType,
          {
            key: { logisticsCode: message.logisticsCode, copNo: message.copNo },
            fields: { customsCode: message.customsCode, operatorCode: message.operatorCode },
            enterprises: [message.logisticsCode],
          },
          { guid: message.guid, version: 1, returnStatus: ACCEPTED, returnInfo: movement.returnInfo, returnTime },
        ),
      ]);
    });
  } catch (error) {
    if (!(error instanceof ParcelMoved) && !isDuplicateKey(error)) throw error;
    // Another request got there first: the same message gets its receipt, a rival one the reasons it now fails.
    const raced = await movement.find();
    if (raced) return answer(raced);
    await movement.undo?.();
    const now = movement.local(await parcelStates(prisma, message.logisticsCode, message.items));
    if (now.length > 0) rejectDocument(now, prefix);
    throw new GraphQLError(`${prefix}: a parcel moved while this message was being recorded; send it again`, { extensions: { code: "CONFLICT" } });
  }
  return { messageType: movement.messageType, guid: message.guid, version: 1, returnStatus: ACCEPTED, returnInfo: movement.returnInfo, returnTime };
}

const parcels = (items: readonly ExportParcelInput[]) =>
  items.map((item) => ({ gnum: item.gnum, logisticsNo: item.logisticsNo, totalPackageNo: item.totalPackageNo ?? null, note: item.note ?? null }));

/** CEB507: the company's declared parcels reached the supervised site. */
export async function recordExportArrival(arrival: ExportArrivalInput, { identity, prisma, graph }: LogisticsContext): Promise<ReceiptRow> {
  await requireSender({ identity, graph }, "exportArrival", arrival.logisticsCode);
  const problems = [...checkArrival(arrival), ...movementTimeProblems(arrival, now(), ARRIVAL_STATUS.invalid)];
  if (problems.length > 0) rejectDocument(problems, "arrival");
  const key = { logisticsCode: arrival.logisticsCode, copNo: arrival.copNo };
  const contentHash = arrivalHash(arrival);
  const returnInfo = `运抵: ${arrival.items.length} parcel(s) arrived at supervised site ${arrival.loctNo}`;
  const { items, ...head } = arrival;
  return recordMovement(
    {
      prefix: "arrival",
      messageType: ARRIVAL_RECEIPT,
      message: arrival,
      contentHash,
      duplicateStatus: ARRIVAL_STATUS.duplicate,
      returnInfo,
      parcelInfo: `运抵: arrival ${arrival.copNo} at supervised site ${arrival.loctNo}`,
      from: "FILED",
      to: "ARRIVED",
      stamp: { arrivedAt: arrival.appTime },
      find: () => prisma.exportArrival.findUnique({ where: { logisticsCode_copNo: key } }),
      local: (waybills) => arrivalProblems(items, waybills),
      create: (tx, returnTime) =>
        tx.exportArrival.create({
          data: {
            ...head,
            billNo: head.billNo ?? null,
            note: head.note ?? null,
            contentHash,
            returnStatus: ACCEPTED,
            returnInfo,
            returnTime,
            items: { create: parcels(items) },
          },
        }),
    },
    prisma,
  );
}

const HOLD_LISTS = `
  mutation HoldExportLists($departure: ExportDepartureHoldInput!) {
    holdExportListsForDeparture(departure: $departure) { invtNo returnStatus departureCopNo waybillVersion }
  }`;

const RELEASE_HOLDS = `
  mutation ReleaseExportListHolds($departure: ExportDepartureHoldInput!) { releaseExportListHolds(departure: $departure) }`;

/**
 * CEB509: the company's arrived parcels, whose export lists customs released, left the country. Customs
 * holds each parcel's list for this departure before it is recorded, so that a cancel racing it loses (or
 * wins, and the departure is refused); a departure not recorded frees what it held.
 */
export async function recordExportDeparture(departure: ExportDepartureInput, { identity, prisma, graph }: LogisticsContext): Promise<ReceiptRow> {
  await requireSender({ identity, graph }, "exportDeparture", departure.logisticsCode);
  const problems = [...checkDeparture(departure), ...movementTimeProblems(departure, now(), DEPARTURE_STATUS.invalid)];
  if (problems.length > 0) rejectDocument(problems, "departure");
  const key = { logisticsCode: departure.logisticsCode, copNo: departure.copNo };
  const contentHash = departureHash(departure);
  const returnInfo = `离境: ${departure.items.length} parcel(s) left on ${departure.trafName} ${departure.voyageNo}`;
  const { items, ...head } = departure;
  const unavailable = (what: string) =>
    new GraphQLError(`departure: customs cannot be asked ${what}; send it again later`, {
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: "customs" },
    });
  let held: string[] = [];

  /** One request to customs for every parcel still in question: each list is held for this departure, answered in the order asked. */
  const hold = async (waybills: Waybills): Promise<Problem[]> => {
    const asked = items.flatMap((item, index) => {
      const waybill = waybills.get(item.logisticsNo);
      return waybill ? [{ index, logisticsNo: item.logisticsNo, version: waybill.version }] : [];
    });
    held = asked.map(({ logisticsNo }) => logisticsNo);
    const answer = await graph.request<{ holdExportListsForDeparture: ParcelList[] }>(HOLD_LISTS, {
      departure: { logisticsCode: departure.logisticsCode, copNo: departure.copNo, logisticsNos: held },
    });
    const lists = answer.data?.holdExportListsForDeparture;
    if (answer.errors?.length || !lists || lists.length !== asked.length) {
      await release();
      throw unavailable("to hold the parcels' export lists");
    }
    return releaseProblems(asked, lists, departure.copNo);
  };
  const release = async (): Promise<void> => {
    if (held.length === 0) return;
    const answer = await graph.request<{ releaseExportListHolds: number }>(RELEASE_HOLDS, {
      departure: { logisticsCode: departure.logisticsCode, copNo: departure.copNo, logisticsNos: held },
    });
    // The refusal stands either way; a hold left behind only keeps those lists from being cancelled until customs frees it.
    if (answer.errors?.length)
      logger.warn({ copNo: departure.copNo, errors: answer.errors.map((error) => error.message) }, "export list holds of an unrecorded departure not freed");
  };

  return recordMovement(
    {
      prefix: "departure",
      messageType: DEPARTURE_RECEIPT,
      message: departure,
      contentHash,
      duplicateStatus: DEPARTURE_STATUS.duplicate,
      returnInfo,
      parcelInfo: `离境: departure ${departure.copNo} on ${departure.trafName} ${departure.voyageNo}`,
      from: "ARRIVED",
      to: "DEPARTED",
      stamp: { departedAt: departure.leaveTime },
      find: () => prisma.exportDeparture.findUnique({ where: { logisticsCode_copNo: key } }),
      local: (waybills) => departureProblems(items, waybills, departure.leaveTime),
      remote: hold,
      undo: release,
      create: (tx, returnTime) =>
        tx.exportDeparture.create({
          data: { ...head, note: head.note ?? null, contentHash, returnStatus: ACCEPTED, returnInfo, returnTime, items: { create: parcels(items) } },
        }),
    },
    prisma,
  );
}
