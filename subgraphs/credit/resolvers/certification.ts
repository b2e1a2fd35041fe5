import { createHash } from "node:crypto";
import { requireStaffOf } from "../../../lib/auth/guards";
import { badUserInput } from "../../../lib/graphql/errors";
import { uscc as validUscc } from "../../../lib/graphql/filters";
import type { CreditClassChange, Prisma } from "../../../prisma/credit/generated/client";
import type { CreditClassDecisionInput } from "../__generated__/resolvers-types";
import type { CreditContext } from "../context";
import type { CreditClass } from "../rules/credit-evaluation";
import { now } from "../../../lib/clock";
import { classOn } from "../rules/in-force";
import { today } from "../registration";
import { text } from "./negative-list";
import { chinaDay } from "../../../lib/rules/china-time";

/** Where an enterprise has no profile yet, it starts from the general class's usual score. */
export const FIRST_PROFILE = { creditClass: "GENERAL" as const, score: 70 };

const CERTIFIED: readonly CreditClass[] = ["ADVANCED_CERTIFIED", "GENERAL_CERTIFIED"];

/** The class in force on a day, read inside a transaction or not. */
export async function classInForce(prisma: Prisma.TransactionClient, uscc: string, day: Date): Promise<CreditClass | null> {
  const [changes, profile] = await Promise.all([
    prisma.creditClassChange.findMany({ where: { uscc, effectiveFrom: { lte: day } }, orderBy: [{ effectiveFrom: "desc" }, { decidedAt: "desc" }], take: 1 }),
    prisma.creditProfile.findUnique({ where: { uscc }, select: { creditClass: true } }),
  ]);
  return classOn(changes, day, profile?.creditClass ?? null);
}

/**
 * Records a class change once per reference. A change effective today or earlier is the current class of
 * the profile too; a later one applies from its day through creditClass(on:).
 */
export async function recordClassChange(
  tx: Prisma.TransactionClient,
  change: { id: string; uscc: string; toClass: CreditClass; effectiveFrom: Date; reason: string; decidedBy: string },
): Promise<CreditClassChange> {
  const fromClass = await classInForce(tx, change.uscc, change.effectiveFrom);
  const decidedAt = now();
  const recorded = await tx.creditClassChange.create({ data: { ...change, fromClass, decidedAt } });
  if (change.effectiveFrom.getTime() <= today().getTime()) {
    await tx.creditProfile.upsert({
      where: { uscc: change.uscc },
      create: { uscc: change.uscc, creditClass: change.toClass, score: FIRST_PROFILE.score, evaluatedAt: decidedAt, validFrom: change.effectiveFrom },
      update: { creditClass: change.toClass, validFrom: change.effectiveFrom },
    });
  }
  return recorded;
}

export async function decideClass(
  decision: CreditClassDecisionInput,
  kind: "grant" | "withdraw",
  { identity, prisma }: CreditContext,
): Promise<CreditClassChange> {
  requireStaffOf(identity, ["credit"], kind === "grant" ? "grant a credit class" : "withdraw a certification", { departmentOnly: true });
  const reference = text("decision.reference", decision.reference, 200);
  const uscc = validUscc("decision.uscc", decision.uscc);
  const reason = text("decision.reason", decision.reason, 500);
  const id = `CC${createHash("sha256").update(reference).digest("hex").slice(0, 30)}`;
  const known = await prisma.creditClassChange.findUnique({ where: { id } });
  if (known) return known;
  if (!(await prisma.enterprise.findUnique({ where: { uscc }, select: { uscc: true } }))) throw badUserInput("decision.uscc", "is not a registered enterprise");
  if (kind === "withdraw") {
    if (CERTIFIED.includes(decision.creditClass)) throw badUserInput("decision.creditClass", "a withdrawn certification leaves GENERAL or DISHONEST");
    const current = await classInForce(prisma, uscc, decision.effectiveFrom);
    if (!current || !CERTIFIED.includes(current)) {
      throw badUserInput("decision.uscc", `holds no certification on ${chinaDay(decision.effectiveFrom)} (class ${current ?? "none"})`);
    }
  }
  return prisma
    .$transaction((tx) =>
      recordClassChange(tx, { id, uscc, toClass: decision.creditClass, effectiveFrom: decision.effectiveFrom, reason, decidedBy: identity.subject }),
    )
    .catch(async (error: unknown) => (await prisma.creditClassChange.findUnique({ where: { id } })) ?? Promise.reject(error));
}
