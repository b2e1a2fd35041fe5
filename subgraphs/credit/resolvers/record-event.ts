import { createHash } from "node:crypto";
import { requireStaffOf } from "../../../lib/auth/guards";
import { badUserInput } from "../../../lib/graphql/errors";
import { enterpriseCode } from "../../../lib/graphql/filters";
import type { CreditEvent } from "../../../prisma/credit/generated/client";
import type { CreditEventInput } from "../__generated__/resolvers-types";
import type { CreditContext } from "../context";
import { evaluateCredit, SCORE_RULES, scoreRuleOn, weightOf } from "../rules/credit-evaluation";
import { chinaDay } from "../../../lib/rules/china-time";
import { now } from "../../../lib/clock";
import { entryInForceWhere } from "../rules/in-force";
import { classInForce, FIRST_PROFILE, recordClassChange } from "./certification";
import { today } from "../registration";

/** Records a department's credit event once per reference and re-evaluates the enterprise. */
export async function recordCreditEvent(event: CreditEventInput, { identity, prisma }: CreditContext): Promise<CreditEvent> {
  requireStaffOf(identity, "any", "report credit events");
  const code = enterpriseCode("event.uscc", event.uscc);
  if (event.reference.length === 0 || event.reference.length > 200) throw badUserInput("event.reference", "must be 1 to 200 characters");
  // The rules in force on the day of the fact weigh it, whenever it is reported.
  const first = SCORE_RULES.map((rule) => rule.validFrom).sort()[0]!;
  if (chinaDay(event.occurredAt) < first) throw badUserInput("event.occurredAt", `must not be before ${first}, when the score rules begin`);
  const weight = weightOf(event.kind, event.occurredAt);
  if (weight !== undefined && event.scoreDelta != null) {
    throw badUserInput("event.scoreDelta", `is set by credit's score rules for ${event.kind} (${weight}); leave it out`);
  }
  const scoreDelta = weight ?? event.scoreDelta;
  if (scoreDelta == null || !Number.isInteger(scoreDelta) || Math.abs(scoreDelta) > 50) {
    throw badUserInput("event.scoreDelta", `must be a whole number from -50 to 50 for ${event.kind}, which the score rules do not weigh`);
  }
  const known = await prisma.creditEvent.findUnique({ where: { id: eventId(event.reference) } });
  if (known) return known;
  const enterprise = await prisma.enterprise.findUnique({ where: code.length === 18 ? { uscc: code } : { customsCode: code }, select: { uscc: true } });
  if (!enterprise) throw badUserInput("event.uscc", "is not a registered enterprise");
  return weighEvent(prisma, { ...event, uscc: enterprise.uscc, scoreDelta }, identity.department ?? identity.role);
}

const eventId = (reference: string) => `CE${createHash("sha256").update(reference).digest("hex").slice(0, 30)}`;

/**
 * Stores a validated event of a registered enterprise (once per reference) and re-evaluates its profile: what
 * a department's report comes to, and what credit's own awards (credit-sweep.ts) use.
 */
export async function weighEvent(
  prisma: CreditContext["prisma"],
  event: Pick<CreditEventInput, "reference" | "kind" | "occurredAt" | "description"> & { uscc: string; scoreDelta: number },
  sourceDepartment: string,
): Promise<CreditEvent> {
  const { uscc, scoreDelta } = event;
  const id = eventId(event.reference);
  return prisma.$transaction(async (tx) => {
    const recorded = await tx.creditEvent.create({
      data: {
        id,
        uscc,
        kind: event.kind,
        occurredAt: event.occurredAt,
        description: event.description,
        scoreDelta,
        sourceDepartment,
      },
    });
    const day = today();
    const profile = await tx.creditProfile.findUnique({ where: { uscc } });
    const current = profile ? { creditClass: (await classInForce(tx, uscc, day)) ?? profile.creditClass, score: profile.score } : FIRST_PROFILE;
    const listed = (await tx.negativeListEntry.count({ where: { uscc, ...entryInForceWhere(day) } })) > 0;
    const evaluation = evaluateCredit(current, scoreDelta, listed, scoreRuleOn(event.occurredAt));
    const evaluatedAt = now();
    // The profile is valid from the day of its evaluation in China.
    const validFrom = day;
    if (evaluation.creditClass !== current.creditClass) {
      // A class the score rules change is a class change like a staff decision: dated, explained, kept.
      await recordClassChange(tx, {
        id: `CC${createHash("sha256").update(`credit-evaluation|${event.reference}`).digest("hex").slice(0, 30)}`,
        uscc,
        toClass: evaluation.creditClass,
        effectiveFrom: day,
        reason: evaluation.reason,
        decidedBy: "credit-evaluation",
      });
    }
    await tx.creditProfile.upsert({
      where: { uscc },
      create: { uscc, creditClass: evaluation.creditClass, score: evaluation.score, evaluatedAt, validFrom },
      update: { creditClass: evaluation.creditClass, score: evaluation.score, evaluatedAt, validFrom },
    });
    return recorded;
  });
}
