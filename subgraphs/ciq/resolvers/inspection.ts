import { createHash } from "node:crypto";
import Decimal from "decimal.js";
import { requireStaffOf } from "../../../lib/auth/guards";
import { badUserInput } from "../../../lib/graphql/errors";
import type { Inspection } from "../../../prisma/ciq/generated/client";
import type { Disposal, InspectionRequest, InspectionResult } from "../__generated__/resolvers-types";
import type { CiqContext } from "../context";
import {
  decideSampling,
  freshDraw,
  highestRisk,
  type CreditClass,
  type RiskLevel,
  type SamplingDecision,
  type SamplingRule,
} from "../rules/inspection-sampling";
import { applyRiskMonitoring } from "./risk-monitoring";
import { now } from "../../../lib/clock";
import { chinaDay } from "../../../lib/rules/china-time";

/** The e-commerce enterprise's class in force on the list's declaration date. */
const CREDIT_CLASS = `query CreditClass($uscc: String!, $on: Date!) { enterprise(uscc: $uscc) { creditProfile { creditClass(on: $on) } } }`;
const CONCLUDE = `
  mutation Conclude($agentCode: String!, $copNo: String!, $passed: Boolean!, $disposal: String!, $reason: String!) {
    concludeInspection(agentCode: $agentCode, copNo: $copNo, passed: $passed, disposal: $disposal, reason: $reason) { returnStatus }
  }`;

const inspectionId = (agentCode: string, copNo: string) => `IN${createHash("sha256").update(`${agentCode}|${copNo}`).digest("hex").slice(0, 30)}`;

type Decided = Omit<SamplingDecision, "rule"> & { inspection: Inspection | null };

function checkRequest(request: InspectionRequest): void {
  if (request.filingNos.length === 0 || request.filingNos.length > 100) throw badUserInput("request.filingNos", "must name 1 to 100 product filings");
  if (request.orderNo.length === 0 || request.orderNo.length > 60) throw badUserInput("request.orderNo", "must be 1 to 60 characters");
  if (request.ebpCode.length === 0 || request.ebpCode.length > 18) throw badUserInput("request.ebpCode", "must be 1 to 18 characters");
  if (!/^[0-9a-f]{64}$/.test(request.buyerIdHash)) throw badUserInput("request.buyerIdHash", "must be a SHA-256 in 64 lowercase hexadecimal digits");
}

/**
 * CIQ's sampling decision on a list customs accepted; a selected list gets one PENDING inspection. The
 * draw is the order's (drawn once, then kept), so every list of the same order is compared with the same
 * number; a list decided before answers with its recorded decision.
 */
export async function decideInspection(request: InspectionRequest, context: CiqContext, rules: readonly SamplingRule[]): Promise<Decided> {
  const { identity, prisma, graph } = context;
  requireStaffOf(identity, ["customs"], "ask for an inspection decision");
  checkRequest(request);
  const key = { agentCode: request.agentCode, copNo: request.copNo };
  const id = inspectionId(request.agentCode, request.copNo);
  const recorded = await prisma.samplingDecision.findUnique({ where: { agentCode_copNo: key } });
  if (recorded?.draw && recorded.rate && recorded.riskLevel && recorded.reason) {
    return {
      selected: recorded.selected,
      rate: recorded.rate.toFixed(),
      draw: recorded.draw.toFixed(9),
      riskLevel: recorded.riskLevel,
      reason: recorded.reason,
      inspection: recorded.selected ? await prisma.inspection.findUnique({ where: { id } }) : null,
    };
  }
  const filings = await prisma.productFiling.findMany({
    where: { filingNo: { in: request.filingNos } },
    select: { filingNo: true, riskLevel: true, originCountry: true },
  });
  if (filings.length !== new Set(request.filingNos).size) throw badUserInput("request.filingNos", "names a product filing CIQ does not have");
  const origins = await prisma.originRisk.findMany({ where: { country: { in: filings.map((filing) => filing.originCountry) } } });
  const originLevel = new Map<string, RiskLevel>(origins.map((origin) => [origin.country, origin.riskLevel]));
  const goods = filings.map((filing) => ({
    filingNo: filing.filingNo,
    riskLevel: filing.riskLevel,
    originRiskLevel: originLevel.get(filing.originCountry) ?? ("LOW" as const),
  }));
  const credit = await graph.request<{ enterprise: { creditProfile: { creditClass: CreditClass } | null } | null }>(CREDIT_CLASS, {
    uscc: request.ebcCode,
    on: chinaDay(request.declTime),
  });
  if (credit.errors?.length) throw new Error(`credit could not be read: ${credit.errors[0]!.message}`);
  const creditClass = credit.data?.enterprise?.creditProfile?.creditClass ?? null;
  const decidedAt = now();
  // The order's draw, the decision and a selected list's inspection in one transaction. The draw is
  // inserted only if the order has none (ON CONFLICT DO NOTHING) and then read: two lists of one order
  // decided at once still share one draw.
  return prisma.$transaction(async (tx) => {
    const order = { ebpCode: request.ebpCode, orderNo: request.orderNo };
    await tx.samplingDraw.createMany({
      data: [{ ...order, draw: freshDraw().toFixed(9), buyerIdHash: request.buyerIdHash, drawnAt: decidedAt }],
      skipDuplicates: true,
    });
    const drawn = await tx.samplingDraw.findUniqueOrThrow({ where: { ebpCode_orderNo: order } });
    const decision = decideSampling(
      {
        declarationDate: request.declTime,
        riskLevels: goods.map((good) => highestRisk([good.riskLevel, good.originRiskLevel])),
        creditClass,
        draw: new Decimal(drawn.draw.toFixed()),
      },
      rules,
    );
    const reason = drawn.buyerIdHash === request.buyerIdHash ? decision.reason : `${decision.reason}; the order's draw was drawn for another buyer`;
    const audit = {
      ...order,
      buyerIdHash: request.buyerIdHash,
      draw: decision.draw,
      rate: decision.rate,
      riskLevel: decision.riskLevel,
      rule: decision.rule,
      reason,
      creditClass,
    };
    // A list decided before 0003 (drawn from its key) keeps "selected once selected" and gets its audit trail now.
    await tx.samplingDecision.upsert({
      where: { agentCode_copNo: key },
      create: { ...key, decidedAt, selected: decision.selected, ...audit },
      update: { ...audit, ...(decision.selected ? { selected: true } : {}) },
    });
    await tx.samplingDecisionFiling.createMany({ data: goods.map((good) => ({ ...key, ...good })), skipDuplicates: true });
    const result = { ...decision, reason };
    if (!decision.selected) return { ...result, inspection: null };
    const inspection =
      (await tx.inspection.findUnique({ where: { id } })) ??
      (await tx.inspection.create({
        data: { id, ...key, kind: decision.riskLevel === "HIGH" ? "PHYSICAL" : "SAMPLING", result: "PENDING", reason, decidedAt },
      }));
    return { ...result, inspection };
  });
}

/**
 * Records a PENDING inspection's outcome, with the risk levels it moves (in one transaction), and tells
 * customs, which releases or holds the list.
 */
export async function recordInspectionResult(
  args: { id: string; result: InspectionResult; disposal: Disposal; reason: string },
  { identity, prisma, graph }: CiqContext,
): Promise<Inspection> {
  requireStaffOf(identity, ["ciq"], "record inspection results");
  if (args.result === "PENDING") throw badUserInput("result", "must be PASSED or FAILED");
  if (args.result === "PASSED" && args.disposal !== "RELEASE") throw badUserInput("disposal", "a passed inspection releases the goods");
  if (args.result === "FAILED" && args.disposal === "RELEASE") throw badUserInput("disposal", "failed goods are returned or destroyed");
  if (args.reason.trim().length === 0) throw badUserInput("reason", "must say what was found");
  const inspectedAt = now();
  const count = await prisma.$transaction(async (tx) => {
    const { count } = await tx.inspection.updateMany({
      where: { id: args.id, result: "PENDING" },
      data: { result: args.result, disposal: args.disposal, inspectedAt, reason: args.reason },
    });
    if (count === 1) await applyRiskMonitoring(tx, args.id, { by: identity.subject, at: inspectedAt });
    return count;
  });
  const inspection = await prisma.inspection.findUnique({ where: { id: args.id } });
  if (!inspection) throw badUserInput("id", "there is no such inspection");
  if (count === 0) throw badUserInput("id", `the inspection is already ${inspection.result}`);
  const concluded = await graph.request(CONCLUDE, {
    agentCode: inspection.agentCode,
    copNo: inspection.copNo,
    passed: args.result === "PASSED",
    disposal: args.disposal,
    reason: args.reason,
  });
  // The result is on record either way; customs learns it when it can (its recheck asks CIQ again).
  if (concluded.errors?.length) throw new Error(`the result is recorded, but customs could not be told: ${concluded.errors[0]!.message}`);
  return inspection;
}
