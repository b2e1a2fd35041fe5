import { createHash } from "node:crypto";
import { GraphQLError } from "graphql";
import { rejectDocument, type ReceiptRow } from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import { ErrorCode } from "../../../lib/graphql/errors";
import { CREDIT_REPORT, reportToCredit } from "../../../lib/service/credit-report";
import { DocumentChecks } from "../../../lib/rules/document-checks";
import type { TrackingEvent } from "../../../prisma/logistics/generated/client";
import type { TrackingEventInput, WaybillStatusInput } from "../__generated__/resolvers-types";
import type { LogisticsContext } from "../context";
import { trackingEvent, waybillEvent } from "../events";
import { recordEvents } from "../../../lib/service/outbox";
import { now } from "../../../lib/clock";
import { NEEDS_RELEASE, RELEASED_LIST, trackingProblem, type TrackingStatus } from "../rules/tracking";

/** The status receipt of CEB513, and our general "field invalid" status within the spec's waybill-status range. */
export const STATUS_RECEIPT = "CEB514";
const STATUS_INVALID = -505001;

const LIST_OF_PARCEL = `
  query ListOfParcel($logisticsCode: String!, $logisticsNo: String!) {
    waybill(logisticsCode: $logisticsCode, logisticsNo: $logisticsNo) { declaration { invtNo returnStatus } }
  }`;

/** Records one step of a parcel's journey, once; see trackingProblem for the order it must keep. */
export async function recordTrackingEvent(event: TrackingEventInput, { identity, prisma, graph }: LogisticsContext): Promise<TrackingEvent> {
  await requireSender({ identity, graph }, "trackingEvent", event.logisticsCode);
  const check = new DocumentChecks(STATUS_INVALID);
  check.text("description", event.description, 200);
  check.text("location", event.location, 100, false);
  check.text("sourceCode", event.sourceCode, 8, false);
  if (check.problems.length) rejectDocument(check.problems, "event");

  const key = { logisticsCode: event.logisticsCode, logisticsNo: event.logisticsNo };
  const id = `TE-${createHash("sha256").update(`${key.logisticsCode}|${key.logisticsNo}|${event.status}|${event.occurredAt.toISOString()}`).digest("hex").slice(0, 36)}`;
  const known = await prisma.trackingEvent.findUnique({ where: { id } });
  if (known) return known;
  const waybill = await prisma.waybill.findUnique({ where: { logisticsCode_logisticsNo: key }, select: { status: true } });
  if (!waybill) rejectDocument([{ field: "logisticsNo", returnStatus: STATUS_INVALID, message: "there is no such waybill" }], "event");
  const last = await prisma.trackingEvent.findFirst({ where: key, orderBy: { occurredAt: "desc" }, select: { occurredAt: true } });
  const problem = trackingProblem(waybill.status, last?.occurredAt ?? null, event.status as TrackingStatus, event.occurredAt);
  if (problem) rejectDocument([{ field: "status", returnStatus: STATUS_INVALID, message: problem }], "event");

  if (NEEDS_RELEASE.has(event.status as TrackingStatus)) {
    const answer = await graph.request<{ waybill: { declaration: { invtNo: string | null; returnStatus: number } | null } | null }>(LIST_OF_PARCEL, key);
    if (answer.errors?.length) {
      throw new GraphQLError("event: customs cannot be asked whether the parcel is released; send it again later", {
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: "customs" },
      });
    }
    const list = answer.data?.waybill?.declaration;
    if (!list || !RELEASED_LIST.has(list.returnStatus)) {
      rejectDocument(
        [
          {
            field: "status",
            returnStatus: STATUS_INVALID,
            message: `customs has not released the parcel's list (${list ? `status ${list.returnStatus}` : "no list declared"})`,
          },
        ],
        "event",
      );
    }
  }

  const recorded = await prisma.$transaction(async (tx) => {
    const { count } = await tx.waybill.updateMany({ where: { ...key, status: waybill.status }, data: { status: event.status } });
    if (count === 0) throw new GraphQLError("event: the parcel moved while this step was being recorded; send it again", { extensions: { code: "CONFLICT" } });
    const step = await tx.trackingEvent.create({
      data: {
        id,
        ...key,
        status: event.status,
        occurredAt: event.occurredAt,
        location: event.location ?? null,
        description: event.description,
        sourceCode: event.sourceCode ?? null,
        ...(ANOMALIES.has(event.status as TrackingStatus) ? { creditReport: CREDIT_REPORT.pending } : {}),
      },
    });
    await recordEvents(tx, [trackingEvent(step)]);
    return step;
  });
  if (recorded.creditReport === CREDIT_REPORT.pending) await reportAnomaly(recorded, { prisma, graph });
  return recorded;
}

/** The steps that count against the logistics company's credit (docs/domain.md#the-score-model-as-rules). */
const ANOMALIES: ReadonlySet<TrackingStatus> = new Set(["DETAINED"]);

/** Tells credit of a parcel the logistics company reported as an anomaly (owed since it was recorded; the sweep retries). */
function reportAnomaly(event: TrackingEvent, { prisma, graph }: Pick<LogisticsContext, "prisma" | "graph">): Promise<unknown> {
  return reportToCredit(
    graph,
    {
      reference: `logistics:anomaly:${event.id}`,
      uscc: event.logisticsCode,
      kind: "LOGISTICS_ANOMALY",
      occurredAt: event.occurredAt,
      // Never the step's description: it is the carrier's free text, which may name the consignee.
      description: `waybill ${event.logisticsNo} ${event.status.toLowerCase()}`,
    },
    (outcome) => prisma.trackingEvent.updateMany({ where: { id: event.id, creditReport: CREDIT_REPORT.pending }, data: { creditReport: outcome } }),
  );
}

/** What logistics does by itself every minute: the anomaly reports credit is still owed. */
export async function sweepLogistics(context: Pick<LogisticsContext, "prisma" | "graph">, signal?: AbortSignal): Promise<void> {
  const owed = await context.prisma.trackingEvent.findMany({ where: { creditReport: CREDIT_REPORT.pending }, take: 200 });
  for (const event of owed) {
    // Its job's: a run that is no longer its job's stops here (a report sent twice is recorded once by credit).
    signal?.throwIfAborted();
    await reportAnomaly(event, context);
  }
}

/** CEB513: the consignee signed for the parcel. */
export async function submitWaybillStatus(status: WaybillStatusInput, context: LogisticsContext): Promise<ReceiptRow> {
  await requireSender(context, "waybillStatus", status.logisticsCode);
  const check = new DocumentChecks(STATUS_INVALID);
  check.guid("guid", status.guid);
  check.fixed("appType", status.appType, "1", "new");
  check.fixed("appStatus", status.appStatus, "2", "declare");
  check.fixed("logisticsStatus", status.logisticsStatus, "S", "signed for, the only CEB513 status");
  if (check.problems.length) rejectDocument(check.problems, "status");
  const event = await recordTrackingEvent(
    {
      logisticsCode: status.logisticsCode,
      logisticsNo: status.logisticsNo,
      status: "DELIVERED",
      occurredAt: status.logisticsTime,
      description: "已签收",
      sourceCode: "S",
    },
    context,
  );
  const key = { logisticsCode: status.logisticsCode, logisticsNo: status.logisticsNo };
  // The same status message again is answered with the receipt it got.
  const known = await context.prisma.waybillReceipt.findFirst({ where: { ...key, guid: status.guid, messageType: STATUS_RECEIPT } });
  if (known) return known;
  const { version } = await context.prisma.waybill.findUniqueOrThrow({ where: { logisticsCode_logisticsNo: key }, select: { version: true } });
  return context.prisma.$transaction(async (tx) => {
    const receipt = await tx.waybillReceipt.create({
      data: {
        ...key,
        messageType: STATUS_RECEIPT,
        guid: status.guid,
        version,
        returnStatus: 120,
        returnInfo: `签收 recorded as event ${event.id}`,
        returnTime: now(),
      },
    });
    await recordEvents(tx, [waybillEvent(key, receipt, STATUS_RECEIPT)]);
    return receipt;
  });
}
