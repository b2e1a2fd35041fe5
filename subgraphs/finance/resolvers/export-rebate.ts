import { GraphQLError } from "graphql";
import { requireStaffOf } from "../../../lib/auth/guards";
import { isDuplicateKey } from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import { badUserInput, ErrorCode } from "../../../lib/graphql/errors";
import { documentNo } from "../../../lib/graphql/filters";
import { logger } from "../../../lib/logger";
import { CREDIT_REPORT, reportToCredit } from "../../../lib/service/credit-report";
import type { ExportRebateApplication, ExportRebateDecision } from "../../../prisma/finance/generated/client";
import type { ExportRebateInput } from "../__generated__/resolvers-types";
import type { FinanceContext } from "../context";
import {
  assessRebate,
  greenChannel,
  isRefusal,
  STATUS_ORDER,
  STEPS,
  stepProblem,
  type ApplicantCredit,
  type Step,
  type SummaryForm,
} from "../rules/export-rebate";
import { now } from "../../../lib/clock";
import { recordEvents, type PartnerEventInput } from "../../../lib/service/outbox";

/** A step of a rebate application, as its exporter reads it in the feed (ExportRebateApplication @access parties). */
function rebateEvent(
  target: { ebcCode: string; applicationNo: string },
  step: { fromStatus: string | null; toStatus: string; reason: string; decidedAt: Date; automatic: boolean },
): PartnerEventInput {
  return {
    kind: "REBATE",
    documentKey: { ebcCode: target.ebcCode, applicationNo: target.applicationNo },
    enterprises: [target.ebcCode],
    receipt: { ebcCode: target.ebcCode, applicationNo: target.applicationNo, ...step },
    occurredAt: step.decidedAt,
  };
}

/** The form with its lists (customs) and the applicant's credit (credit), in one request through the gateway. */
const REBATE_FACTS = `
  query ExportRebateFacts($entryId: String!, $uscc: String!) {
    summaryResult(entryId: $entryId) {
      ebcCode decState
      items { gnum gcode country currency totalPrice }
      declarations { invtNo ebpCode orderNo returnStatus statisticsFlag goodsValue currency ieDate order { goodsValue freight currency } waybill { status } }
    }
    enterprise(uscc: $uscc) { onNegativeList creditProfile { creditClass } }
  }`;

type Facts = { summaryResult: SummaryForm | null; enterprise: { onNegativeList: boolean; creditProfile: { creditClass: string } | null } | null };

const key = (ebcCode: string, applicationNo: string) => ({ ebcCode_applicationNo: { ebcCode, applicationNo } });

function refusal(message: string, extensions: { code: string; field: string; reason: string }): GraphQLError {
  return new GraphQLError(`${extensions.field}: ${message}`, { extensions });
}

/** The form, the applicant's credit and the receipts of the form's orders: what a rebate is judged on, read afresh each time. */
async function rebateFacts(entryId: string, ebcCode: string, { graph, loaders }: FinanceContext) {
  const answer = await graph.request<Facts>(REBATE_FACTS, { entryId, uscc: ebcCode });
  if (answer.errors?.length || !answer.data) {
    const serviceName = (answer.errors?.[0]?.extensions?.serviceName as string | undefined) ?? "customs";
    throw new GraphQLError("application: the form or the applicant's credit cannot be read now; nothing was stored, send it again later", {
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName },
    });
  }
  const form = answer.data.summaryResult;
  const credit: ApplicantCredit | null = answer.data.enterprise
    ? { onNegativeList: answer.data.enterprise.onNegativeList, creditClass: answer.data.enterprise.creditProfile?.creditClass ?? null }
    : null;
  const receipts = await loaders.exportReceiptsByOrder.loadMany((form?.declarations ?? []).map((list) => ({ ebpCode: list.ebpCode, orderNo: list.orderNo })));
  const receiptsOf = new Map((form?.declarations ?? []).map((list, index) => [JSON.stringify([list.ebpCode, list.orderNo]), receipts[index]]));
  const receiptsByOrder = (ebpCode: string, orderNo: string) => {
    const found = receiptsOf.get(JSON.stringify([ebpCode, orderNo]));
    if (found instanceof Error) throw found;
    return found ?? [];
  };
  return { form, credit, receiptsByOrder };
}

/** Applies for the rebate of one declaration form; nothing is stored unless every check passes. */
export async function applyExportRebate(application: ExportRebateInput, context: FinanceContext): Promise<ExportRebateApplication> {
  const { identity, prisma, graph } = context;
  await requireSender({ identity, graph }, "exportRebate", application.ebcCode);
  documentNo("application.applicationNo", application.applicationNo, 60);
  if (!/^\d{18}$/.test(application.entryId)) throw badUserInput("application.entryId", "must be the form's 18-digit entry number");

  const sameAgain = async () => {
    const known = await prisma.exportRebateApplication.findUnique({ where: key(application.ebcCode, application.applicationNo) });
    if (known && known.entryId !== application.entryId) {
      throw refusal(`your application ${application.applicationNo} is for form ${known.entryId}; use a new number for another form`, {
        code: ErrorCode.BAD_USER_INPUT,
        field: "application.applicationNo",
        reason: "APPLICATION_NO_TAKEN",
      });
    }
    return known;
  };
  const known = await sameAgain();
  if (known) return known;

  const { form, credit, receiptsByOrder } = await rebateFacts(application.entryId, application.ebcCode, context);
  const open = await prisma.exportRebateApplication.findUnique({ where: { openEntryId: application.entryId }, select: { applicationNo: true, status: true } });
  const outcome = assessRebate({ applicant: application.ebcCode, form, credit, openApplication: open, receiptsByOrder });
  if (!isRefusal(outcome)) {
    const taken = await prisma.exportRebateList.findFirst({
      where: { openInvtNo: { in: outcome.lists.map((list) => list.invtNo) } },
      select: { invtNo: true, applicationNo: true },
    });
    if (taken) {
      throw refusal(`list ${taken.invtNo} is already claimed by rebate application ${taken.applicationNo}; a list earns one rebate`, {
        code: ErrorCode.BAD_USER_INPUT,
        field: "application.entryId",
        reason: "LIST_ALREADY_APPLIED",
      });
    }
  }
  if (isRefusal(outcome)) throw refusal(outcome.message, { code: outcome.code, field: outcome.field, reason: outcome.reason });

  const submittedAt = now();
  const channel = greenChannel(credit?.creditClass ?? null, submittedAt);
  const ids = { ebcCode: application.ebcCode, applicationNo: application.applicationNo };
  try {
    // The application and its event are stored together or not at all.
    return await prisma.$transaction(async (tx) => {
      const reason = channel.greenChannel
        ? `submitted by the exporter; green channel (credit class ${credit?.creditClass}): review due by ${channel.reviewDeadline!.toISOString()}`
        : "submitted by the exporter; waits for finance staff";
      const created = await tx.exportRebateApplication.create({
        data: {
          ...ids,
          entryId: application.entryId,
          openEntryId: application.entryId,
          appTime: application.appTime,
          status: "SUBMITTED",
          creditClass: credit?.creditClass ?? null,
          greenChannel: channel.greenChannel,
          reviewDeadline: channel.reviewDeadline,
          exportDate: new Date(`${outcome.exportDate}T00:00:00Z`),
          valueCny: outcome.valueCny.toFixed(2),
          rebateAmount: outcome.rebateAmount.toFixed(2),
          submittedBy: identity.subject,
          createdAt: submittedAt,
          items: {
            create: outcome.items.map((item) => ({
              gnum: item.gnum,
              gcode: item.gcode,
              country: item.country,
              currency: item.currency,
              totalPrice: item.totalPrice,
              referenceRate: item.referenceRate.toFixed(),
              valueCny: item.valueCny.toFixed(2),
              rebateRate: item.rebateRate?.toFixed() ?? null,
              rateConfidence: item.rateConfidence,
              rebateAmount: item.rebateAmount.toFixed(2),
            })),
          },
          lists: { create: outcome.lists.map((list) => ({ ...list, received: list.received.toFixed(), openInvtNo: list.invtNo })) },
          decisions: { create: { toStatus: "SUBMITTED", reason, decidedBy: identity.subject, decidedAt: submittedAt } },
        },
      });
      await recordEvents(tx, [rebateEvent(ids, { fromStatus: null, toStatus: "SUBMITTED", reason, decidedAt: submittedAt, automatic: false })]);
      return created;
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    // Another request got there first: the same application again is answered with it, another one for the form is refused.
    const raced = await sameAgain();
    if (raced) return raced;
    throw refusal("the form, or one of its lists, already has an application", {
      code: ErrorCode.BAD_USER_INPUT,
      field: "application.entryId",
      reason: "ALREADY_APPLIED",
    });
  }
}

/** One step of an application's lifecycle, with its reason, by finance staff or (automatic) the sweep. */
export async function takeRebateStep(
  target: { ebcCode: string; applicationNo: string },
  step: Step,
  reason: string,
  context: FinanceContext,
  automatic = false,
): Promise<ExportRebateApplication> {
  const { identity, prisma } = context;
  // Not administrators: the rebate is money finance pays out, decided by finance staff alone (schema).
  requireStaffOf(identity, ["finance"], "decide export rebate applications", { departmentOnly: true });
  if (reason.trim() === "" || [...reason].length > 500) throw badUserInput("reason", "must be 1 to 500 characters");
  const current = await prisma.exportRebateApplication.findUnique({
    where: key(target.ebcCode, target.applicationNo),
    select: { status: true, entryId: true },
  });
  if (!current) throw badUserInput("applicationNo", "there is no such export rebate application");
  const { from, to } = STEPS[step];
  const invalid = (status: string, message: string) =>
    new GraphQLError(`applicationNo: ${message}`, { extensions: { code: "CONFLICT", reason: "INVALID_TRANSITION", status, requested: to } });
  const problem = stepProblem(current.status, step);
  if (problem) throw invalid(current.status, problem);
  if (RECHECKED.has(step)) {
    // What held when the exporter applied must still hold when the money is promised and when it is paid.
    const { form, credit, receiptsByOrder } = await rebateFacts(current.entryId, target.ebcCode, context);
    const outcome = assessRebate({ applicant: target.ebcCode, form, credit, openApplication: null, receiptsByOrder });
    if (isRefusal(outcome)) throw refusal(`cannot ${step}: ${outcome.message}`, { code: outcome.code, field: "applicationNo", reason: outcome.reason });
  }
  const decided = await prisma.$transaction(async (tx) => {
    const { count } = await tx.exportRebateApplication.updateMany({
      where: { ...target, status: from },
      // A rejected form is open for a new application; the refusal counts against the exporter's credit.
      data: { status: to, ...(to === "REJECTED" ? { openEntryId: null, creditReport: CREDIT_REPORT.pending } : {}) },
    });
    if (count === 0) throw invalid(current.status, "the application changed while this step was being taken; read it again");
    // ... and so are its lists.
    if (to === "REJECTED") await tx.exportRebateList.updateMany({ where: target, data: { openInvtNo: null } });
    const decidedAt = now();
    await tx.exportRebateDecision.create({
      data: { ...target, fromStatus: from, toStatus: to, reason, decidedBy: identity.subject, decidedAt, automatic },
    });
    await recordEvents(tx, [rebateEvent(target, { fromStatus: from, toStatus: to, reason, decidedAt, automatic })]);
    return tx.exportRebateApplication.findUniqueOrThrow({ where: key(target.ebcCode, target.applicationNo) });
  });
  if (to === "REJECTED") await reportRefusedRebate({ ...target, reason }, context);
  return decided;
}

/** Tells credit that finance refused an exporter's rebate application (owed since the rejection; the sweep retries). */
function reportRefusedRebate(application: { ebcCode: string; applicationNo: string; reason: string }, { prisma, graph }: FinanceContext): Promise<unknown> {
  const target = { ebcCode: application.ebcCode, applicationNo: application.applicationNo };
  return reportToCredit(
    graph,
    {
      reference: `finance:rebate-refused:${application.ebcCode}|${application.applicationNo}`,
      uscc: application.ebcCode,
      kind: "REBATE_REFUSED",
      occurredAt: now(),
      description: `export rebate application ${application.applicationNo} rejected: ${application.reason.slice(0, 300)}`,
    },
    (outcome) => prisma.exportRebateApplication.updateMany({ where: { ...target, creditReport: CREDIT_REPORT.pending }, data: { creditReport: outcome } }),
  );
}

/** Steps re-judged on fresh facts (negative list, departure, receipts) before they are taken. */
const RECHECKED: ReadonlySet<Step> = new Set(["approve", "pay"]);

/** Steps in the order they were taken; the sweep's review and approval may share an instant. */
export function inLifecycleOrder(decisions: ExportRebateDecision[]): ExportRebateDecision[] {
  return [...decisions].sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime() || STATUS_ORDER.indexOf(a.toStatus) - STATUS_ORDER.indexOf(b.toStatus));
}

/**
 * The green channel: finance's own service reviews and approves the applications of the best credit
 * class as soon as it sweeps, well before their review deadline; every other application waits for staff.
 */
/** What finance does by itself every minute: the green channel's decisions, and the reports credit is still owed. */
export async function sweepFinance(context: FinanceContext, signal?: AbortSignal): Promise<void> {
  await sweepGreenChannel(context, signal);
  const owed = await context.prisma.exportRebateApplication.findMany({
    where: { creditReport: CREDIT_REPORT.pending },
    select: { ebcCode: true, applicationNo: true, decisions: { where: { toStatus: "REJECTED" }, select: { reason: true } } },
    take: 200,
  });
  for (const application of owed) {
    signal?.throwIfAborted();
    await reportRefusedRebate({ ...application, reason: application.decisions[0]?.reason ?? "rejected" }, context);
  }
}

export async function sweepGreenChannel(context: FinanceContext, signal?: AbortSignal): Promise<void> {
  const waiting = await context.prisma.exportRebateApplication.findMany({
    where: { greenChannel: true, status: { in: ["SUBMITTED", "REVIEWED"] } },
    orderBy: [{ reviewDeadline: "asc" }, { ebcCode: "asc" }, { applicationNo: "asc" }],
    select: { ebcCode: true, applicationNo: true, status: true, creditClass: true, reviewDeadline: true },
    take: 200,
  });
  for (const application of waiting) {
    const target = { ebcCode: application.ebcCode, applicationNo: application.applicationNo };
    signal?.throwIfAborted();
    const why = `green channel (credit class ${application.creditClass}, review due by ${application.reviewDeadline?.toISOString()})`;
    try {
      if (application.status === "SUBMITTED") await takeRebateStep(target, "review", `reviewed automatically: ${why}`, context, true);
      await takeRebateStep(target, "approve", `approved automatically: ${why}`, context, true);
    } catch (error) {
      logger.warn({ err: error, applicationNo: application.applicationNo }, "green-channel application not decided");
    }
  }
}
