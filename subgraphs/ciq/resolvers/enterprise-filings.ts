import { createHash, randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import { requireStaffOf } from "../../../lib/auth/guards";
import { isDuplicateKey, requireSubmitter } from "../../../lib/documents/submission";
import { badUserInput, departmentUnreachable, ErrorCode } from "../../../lib/graphql/errors";
import { documentNo, uscc } from "../../../lib/graphql/filters";
import { now } from "../../../lib/clock";
import type { EnterpriseFiling, EnterpriseFilingApplication, FilingRole, Prisma } from "../../../prisma/ciq/generated/client";
import type { EnterpriseFilingInput } from "../__generated__/resolvers-types";
import type { CiqContext } from "../context";
import { filingStatusOn } from "../rules/product-filing";
import { notBeforeToday, rejectApplication, revokeFiling, type FilingKind } from "./filing-decisions";
import { recordFilingEvent, type FilingStep } from "../events";

const ROLES = `query FilingApplicantRoles($uscc: String!) { enterprise(uscc: $uscc) { roles } }`;

/**
 * An enterprise (partner key or enterprise user) files itself, for a role credit registers it in; CIQ staff
 * may file any enterprise.
 */
async function requireApplicant({ identity, graph }: CiqContext, enterprise: string, role: FilingRole): Promise<void> {
  if (identity.role !== "partner" && identity.role !== "enterprise") return requireStaffOf(identity, ["ciq"], "file enterprises");
  requireSubmitter(identity, enterprise, "application.uscc");
  const answer = await graph.request<{ enterprise: { roles: string[] } | null }>(ROLES, { uscc: enterprise });
  if (answer.errors?.length || !answer.data) {
    throw departmentUnreachable("application.uscc", "credit", "about the enterprise's roles");
  }
  if (!answer.data.enterprise?.roles.includes(role)) {
    throw new GraphQLError(`application.uscc: an enterprise is filed with CIQ for a role credit registers it in; this one is not registered as ${role}`, {
      extensions: { code: ErrorCode.FORBIDDEN, field: "application.uscc", reason: "SENDER_ROLE" },
    });
  }
}

/** An application checked by checkedEnterpriseApplication: the only form applyForEnterpriseFiling records. */
export interface CheckedEnterpriseApplication {
  reference: string;
  content: { uscc: string; role: FilingRole; ciqOrgCode: string };
}

/** Checks an application once, for the mutation and the demo seed alike: its reference, enterprise and CIQ office. */
export function checkedEnterpriseApplication(application: EnterpriseFilingInput): CheckedEnterpriseApplication {
  const reference = documentNo("application.reference", application.reference, 64);
  if (!/^\d{6}$/.test(application.ciqOrgCode)) throw badUserInput("application.ciqOrgCode", "must be 6 digits");
  return { reference, content: { uscc: uscc("application.uscc", application.uscc), role: application.role, ciqOrgCode: application.ciqOrgCode } };
}

/** 经营主体备案: an enterprise applies to be filed for one role; PENDING until CIQ decides. */
export async function fileEnterprise({ application }: { application: EnterpriseFilingInput }, context: CiqContext) {
  const checked = checkedEnterpriseApplication(application);
  await requireApplicant(context, checked.content.uscc, checked.content.role);
  return applyForEnterpriseFiling(context.prisma, context.identity.subject, checked, now());
}

/**
 * Records a checked application, by `appliedBy` at `appliedAt`, once per reference (the same again answers as
 * before). The mutation (for its caller, now) and the demo seed (for the demo's parties, at the world's
 * instants) apply through it.
 */
export async function applyForEnterpriseFiling(
  prisma: CiqContext["prisma"],
  appliedBy: string,
  { reference, content }: CheckedEnterpriseApplication,
  appliedAt: Date,
) {
  const contentHash = createHash("sha256").update(JSON.stringify(content)).digest("hex");
  const existing = () => prisma.enterpriseFilingApplication.findUnique({ where: { uscc_reference: { uscc: content.uscc, reference } } });
  const resend = <T extends { contentHash: string }>(found: T): T => {
    if (found.contentHash !== contentHash) throw badUserInput("application.reference", `${reference} already names another application of ${content.uscc}`);
    return found;
  };
  const found = await existing();
  if (found) return resend(found);
  const id = `EA${randomUUID().replaceAll("-", "").slice(0, 30).toUpperCase()}`;
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.enterpriseFilingApplication.create({
        data: { id, reference, contentHash, ...content, status: "PENDING", appliedAt, appliedBy },
      });
      await tx.enterpriseFilingChange.create({ data: { applicationId: id, action: "APPLIED", changedBy: appliedBy, changedAt: appliedAt } });
      await recordFilingEvent(tx, "ENTERPRISE_FILING", created.uscc, { applicationId: id, action: "APPLIED", changedAt: appliedAt });
      return created;
    });
  } catch (error) {
    // Another request with the same reference got there first: it is this one's answer, if it holds the same.
    if (!isDuplicateKey(error)) throw error;
    return resend((await existing())!);
  }
}

/** CIQ staff approve an application (the mutation): approveEnterpriseApplication as the caller, now. */
export function approveEnterpriseFiling(args: { id: string; effectiveFrom: Date }, { prisma, identity }: CiqContext) {
  requireStaffOf(identity, ["ciq"], "approve enterprise filings");
  return approveEnterpriseApplication(prisma, identity.subject, args, now());
}

/** Files a PENDING application from `effectiveFrom` (not before `at`'s China day), recorded by `approvedBy` at `at`. */
export async function approveEnterpriseApplication(
  prisma: CiqContext["prisma"],
  approvedBy: string,
  { id, effectiveFrom }: { id: string; effectiveFrom: Date },
  at: Date,
) {
  const day = notBeforeToday("effectiveFrom", effectiveFrom, at);
  return prisma.$transaction(async (tx) => {
    const application = await tx.enterpriseFilingApplication.findUnique({ where: { id: documentNo("id", id, 32) } });
    if (!application) throw badUserInput("id", `${id} is not an application for an enterprise filing`);
    if (application.status === "APPROVED") return application;
    if (application.status !== "PENDING") throw badUserInput("id", `${id} is ${application.status}, not PENDING`);
    const current = await tx.enterpriseFiling.findMany({ where: { uscc: application.uscc, role: application.role } });
    const standing = current.find((filing) => filingStatusOn(filing, day) !== "REVOKED");
    if (standing) throw badUserInput("id", `${application.uscc} is already filed as ${application.role} (${standing.filingNo})`);
    const claimed = await tx.enterpriseFilingApplication.updateMany({ where: { id, status: "PENDING" }, data: { status: "APPROVED" } });
    if (claimed.count === 0) return tx.enterpriseFilingApplication.findUniqueOrThrow({ where: { id } });
    const [row] = await tx.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT nextval('enterprise_filing_no_seq') AS n`);
    const filingNo = `QY46${String(row!.n).padStart(10, "0")}`;
    await tx.enterpriseFiling.create({
      data: { filingNo, uscc: application.uscc, role: application.role, ciqOrgCode: application.ciqOrgCode, status: "FILED", filedAt: at, effectiveFrom },
    });
    await tx.enterpriseFilingChange.create({
      data: { applicationId: id, filingNo, action: "APPROVED", effectiveFrom, changedBy: approvedBy, changedAt: at },
    });
    const approved = await tx.enterpriseFilingApplication.update({ where: { id }, data: { filingNo } });
    // Last: the event takes the outbox's department-wide lock, held until the transaction ends.
    await recordFilingEvent(tx, "ENTERPRISE_FILING", application.uscc, { applicationId: id, filingNo, action: "APPROVED", effectiveFrom, changedAt: at });
    return approved;
  });
}

/** Whose application or filing a step is about. */
async function ownerOf(tx: Prisma.TransactionClient, step: FilingStep): Promise<string> {
  const row = step.filingNo
    ? await tx.enterpriseFiling.findUniqueOrThrow({ where: { filingNo: step.filingNo }, select: { uscc: true } })
    : await tx.enterpriseFilingApplication.findUniqueOrThrow({ where: { id: step.applicationId! }, select: { uscc: true } });
  return row.uscc;
}

const ENTERPRISE: FilingKind<EnterpriseFilingApplication, EnterpriseFiling> = {
  one: "an enterprise filing",
  plural: "enterprise filings",
  application: (tx, id) => tx.enterpriseFilingApplication.findUnique({ where: { id } }),
  claim: async (tx, id, status) => (await tx.enterpriseFilingApplication.updateMany({ where: { id, status: "PENDING" }, data: { status } })).count,
  filing: (tx, filingNo) => tx.enterpriseFiling.findUnique({ where: { filingNo }, include: { application: true } }),
  revoke: async (tx, filingNo, from) =>
    (await tx.enterpriseFiling.updateMany({ where: { filingNo, status: { not: "REVOKED" } }, data: { status: "REVOKED", revokedFrom: from } })).count,
  // A rejection or revocation, and its event for the applicant.
  record: async (tx, change) => {
    await tx.enterpriseFilingChange.create({ data: change });
    await recordFilingEvent(tx, "ENTERPRISE_FILING", await ownerOf(tx, change), change);
  },
};

export const rejectEnterpriseFiling = (args: { id: string; reason: string }, context: CiqContext) => rejectApplication(ENTERPRISE, args, context);

export const revokeEnterpriseFiling = (args: { filingNo: string; reason: string; effectiveFrom: Date }, context: CiqContext) =>
  revokeFiling(ENTERPRISE, args, context);

/** An enterprise filing's history, oldest first: the steps naming the application or the filing. */
export const enterpriseFilingHistory = ({ prisma }: CiqContext, applicationId: string, filingNo: string | null) =>
  prisma.enterpriseFilingChange.findMany({
    where: { OR: [{ applicationId }, ...(filingNo ? [{ filingNo }] : [])] },
    orderBy: [{ changedAt: "asc" }, { id: "asc" }],
  });
