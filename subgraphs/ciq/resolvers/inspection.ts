import { createHash } from "node:crypto";
import { requireStaffOf } from "../../../lib/auth/guards";
import { badUserInput } from "../../../lib/graphql/errors";
import type { Inspection } from "../../../prisma/ciq/generated/client";
import type { Disposal, InspectionRequest, InspectionResult } from "../__generated__/resolvers-types";
import type { CiqContext } from "../context";
import { decideSampling, type CreditClass, type SamplingDecision } from "../rules/inspection-sampling";
import { now } from "../../../lib/clock";

const CREDIT_CLASS = `query CreditClass($uscc: String!) { enterprise(uscc: $uscc) { creditProfile { creditClass } } }`;
const CONCLUDE = `
  mutation Conclude($agentCode: String!, $copNo: String!, $passed: Boolean!, $disposal: String!, $reason: String!) {
    concludeInspection(agentCode: $agentCode, copNo: $copNo, passed: $passed, disposal: $disposal, reason: $reason) { returnStatus }
  }`;

const inspectionId = (agentCode: string, copNo: string) => `IN${createHash("sha256").update(`${agentCode}|${copNo}`).digest("hex").slice(0, 30)}`;

/** CIQ's sampling decision on a list customs accepted; a selected list gets one PENDING inspection. */
export async function decideInspection(request: InspectionRequest, context: CiqContext): Promise<SamplingDecision & { inspection: Inspection | null }> {
  const { identity, prisma, graph } = context;
  requireStaffOf(identity, ["customs"], "ask for an inspection decision");
  if (request.filingNos.length === 0 || request.filingNos.length > 100) throw badUserInput("request.filingNos", "must name 1 to 100 product filings");
  const filings = await prisma.productFiling.findMany({ where: { filingNo: { in: request.filingNos } }, select: { filingNo: true, riskLevel: true } });
  if (filings.length !== new Set(request.filingNos).size) throw badUserInput("request.filingNos", "names a product filing CIQ does not have");
  const credit = await graph.request<{ enterprise: { creditProfile: { creditClass: CreditClass } | null } | null }>(CREDIT_CLASS, { uscc: request.ebcCode });
  if (credit.errors?.length) throw new Error(`credit could not be read: ${credit.errors[0]!.message}`);
  const creditClass = credit.data?.enterprise?.creditProfile?.creditClass ?? null;
  const decision = decideSampling({
    agentCode: request.agentCode,
    copNo: request.copNo,
    declarationDate: request.declTime,
    riskLevels: filings.map((filing) => filing.riskLevel),
    creditClass,
  });
  const id = inspectionId(request.agentCode, request.copNo);
  const decidedAt = now();
  // The decision, selected or not, and a selected list's inspection in one transaction; a list decided
  // again keeps its first record (selected once selected), so it counts once in the statistics.
  const inspection = await prisma.$transaction(async (tx) => {
    const key = { agentCode: request.agentCode, copNo: request.copNo };
    await tx.samplingDecision.upsert({
      where: { agentCode_copNo: key },
      create: { ...key, decidedAt, selected: decision.selected, creditClass: creditClass },
      update: decision.selected ? { selected: true } : {},
    });
    await tx.samplingDecisionFiling.createMany({ data: [...new Set(request.filingNos)].map((filingNo) => ({ ...key, filingNo })), skipDuplicates: true });
    if (!decision.selected) return null;
    return (
      (await tx.inspection.findUnique({ where: { id } })) ??
      (await tx.inspection.create({
        data: { id, ...key, kind: decision.riskLevel === "HIGH" ? "PHYSICAL" : "SAMPLING", result: "PENDING", reason: decision.reason, decidedAt },
      }))
    );
  });
  return { ...decision, inspection };
}

/** Records a PENDING inspection's outcome and tells customs, which releases or holds the list. */
export async function recordInspectionResult(
  args: { id: string; result: InspectionResult; disposal: Disposal; reason: string },
  { identity, prisma, graph }: CiqContext,
): Promise<Inspection> {
  requireStaffOf(identity, ["ciq"], "record inspection results");
  if (args.result === "PENDING") throw badUserInput("result", "must be PASSED or FAILED");
  if (args.result === "PASSED" && args.disposal !== "RELEASE") throw badUserInput("disposal", "a passed inspection releases the goods");
  if (args.result === "FAILED" && args.disposal === "RELEASE") throw badUserInput("disposal", "failed goods are returned or destroyed");
  if (args.reason.trim().length === 0) throw badUserInput("reason", "must say what was found");
  const { count } = await prisma.inspection.updateMany({
    where: { id: args.id, result: "PENDING" },
    data: { result: args.result, disposal: args.disposal, inspectedAt: now(), reason: args.reason },
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
