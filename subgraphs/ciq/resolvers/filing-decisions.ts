/**
 * The decisions CIQ staff take on a filing application or a filing, the same for product filings (商品备案)
 * and enterprise filings (经营主体备案): reject a PENDING application with a reason, revoke a filing from a
 * day. Each is atomic, kept in the kind's history, and the same decision again answers as before.
 */
import { requireStaffOf } from "../../../lib/auth/guards";
import { now } from "../../../lib/clock";
import { badUserInput } from "../../../lib/graphql/errors";
import { documentNo } from "../../../lib/graphql/filters";
import { chinaDay } from "../../../lib/rules/china-time";
import type { Prisma } from "../../../prisma/ciq/generated/client";
import type { CiqContext } from "../context";

type Transaction = Prisma.TransactionClient;

/** A decision's reason: not blank. */
const reasonOf = (reason: string): string => {
  if (reason.trim() === "") throw badUserInput("reason", "must not be blank");
  return reason.trim();
};

/** An effective date: the decision's day (China, `at`) or later. */
export const notBeforeToday = (field: string, date: Date, at: Date): string => {
  const day = chinaDay(date);
  const today = chinaDay(at);
  if (day < today) throw badUserInput(field, `is ${day}, before today (${today} in China): a decision takes effect today or later`);
  return day;
};

/** One history step, as both kinds' change tables hold it. */
interface Change {
  applicationId: string | null;
  filingNo?: string;
  action: "REJECTED" | "REVOKED";
  reason: string;
  effectiveFrom?: Date;
  changedBy: string;
  changedAt: Date;
}

/** Where one kind of filing keeps its applications, filings and history. */
export interface FilingKind<Application extends { status: string }, Filing extends { status: string; effectiveFrom: Date | null }> {
  /** "a product filing", "an enterprise filing". */
  one: string;
  /** "product filings", "enterprise filings". */
  plural: string;
  application(tx: Transaction, id: string): Promise<Application | null>;
  /** Moves a PENDING application to `status`; how many it moved (0: another decision got there first). */
  claim(tx: Transaction, id: string, status: "REJECTED"): Promise<number>;
  filing(tx: Transaction, filingNo: string): Promise<(Filing & { application: { id: string } | null }) | null>;
  /** Revokes a filing not yet revoked from `from`; how many it revoked. */
  revoke(tx: Transaction, filingNo: string, from: Date): Promise<number>;
  record(tx: Transaction, change: Change): Promise<unknown>;
}

export async function rejectApplication<Application extends { status: string }, Filing extends { status: string; effectiveFrom: Date | null }>(
  kind: FilingKind<Application, Filing>,
  { id, reason }: { id: string; reason: string },
  { prisma, identity }: CiqContext,
): Promise<Application> {
  requireStaffOf(identity, ["ciq"], `reject ${kind.plural}`);
  const why = reasonOf(reason);
  return prisma.$transaction(async (tx) => {
    const application = await kind.application(tx, documentNo("id", id, 32));
    if (!application) throw badUserInput("id", `${id} is not an application for ${kind.one}`);
    if (application.status === "REJECTED") return application;
    if (application.status !== "PENDING") throw badUserInput("id", `${id} is ${application.status}, not PENDING`);
    if ((await kind.claim(tx, id, "REJECTED")) > 0) {
      await kind.record(tx, { applicationId: id, action: "REJECTED", reason: why, changedBy: identity.subject, changedAt: now() });
    }
    return (await kind.application(tx, id))!;
  });
}

export async function revokeFiling<Application extends { status: string }, Filing extends { status: string; effectiveFrom: Date | null }>(
  kind: FilingKind<Application, Filing>,
  { filingNo, reason, effectiveFrom }: { filingNo: string; reason: string; effectiveFrom: Date },
  { prisma, identity }: CiqContext,
): Promise<Filing> {
  requireStaffOf(identity, ["ciq"], `revoke ${kind.plural}`);
  const why = reasonOf(reason);
  const day = notBeforeToday("effectiveFrom", effectiveFrom, now());
  return prisma.$transaction(async (tx) => {
    const filing = await kind.filing(tx, documentNo("filingNo", filingNo, 32));
    if (!filing) throw badUserInput("filingNo", `${filingNo} is not ${kind.one}`);
    if (filing.status === "REVOKED") throw badUserInput("filingNo", `${filingNo} is already revoked`);
    if (filing.effectiveFrom && day < chinaDay(filing.effectiveFrom)) {
      throw badUserInput("effectiveFrom", `is ${day}, before the filing is in force (${chinaDay(filing.effectiveFrom)})`);
    }
    // Claimed by its status, so that two revocations at once record one step.
    if ((await kind.revoke(tx, filingNo, effectiveFrom)) === 0) throw badUserInput("filingNo", `${filingNo} is already revoked`);
    await kind.record(tx, {
      applicationId: filing.application?.id ?? null,
      filingNo,
      action: "REVOKED",
      reason: why,
      effectiveFrom,
      changedBy: identity.subject,
      changedAt: now(),
    });
    return (await kind.filing(tx, filingNo))!;
  });
}
