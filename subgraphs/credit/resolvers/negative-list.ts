import { createHash } from "node:crypto";
import { requireStaffOf } from "../../../lib/auth/guards";
import { badUserInput } from "../../../lib/graphql/errors";
import { uscc as validUscc } from "../../../lib/graphql/filters";
import { now } from "../../../lib/clock";
import type { NegativeListEntry } from "../../../prisma/credit/generated/client";
import type { NegativeListInput, NegativeListRemovalInput } from "../__generated__/resolvers-types";
import type { CreditContext } from "../context";
import { chinaDay } from "../../../lib/rules/china-time";

const day = chinaDay;

export function text(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) throw badUserInput(field, `must be 1 to ${max} characters`);
  return trimmed;
}

/** Credit staff list an enterprise (the mutation): listEnterprise as the caller, now. */
export function addToNegativeList(entry: NegativeListInput, { identity, prisma }: CreditContext): Promise<NegativeListEntry> {
  requireStaffOf(identity, ["credit"], "put an enterprise on the negative list", { departmentOnly: true });
  return listEnterprise(prisma, identity.subject, entry, now());
}

/**
 * Lists an enterprise once per reference, recorded by `listedBy` at `listedAt`; the effect starts on
 * effectiveFrom (entry-in-force rule: rules/in-force.ts). The mutation and the demo seed both list through it.
 */
export async function listEnterprise(prisma: CreditContext["prisma"], listedBy: string, entry: NegativeListInput, listedAt: Date): Promise<NegativeListEntry> {
  const reference = text("entry.reference", entry.reference, 200);
  const uscc = validUscc("entry.uscc", entry.uscc);
  const data = {
    reason: text("entry.reason", entry.reason, 500),
    legalBasis: text("entry.legalBasis", entry.legalBasis, 500),
    authority: text("entry.authority", entry.authority, 500),
    evidenceRef: text("entry.evidenceRef", entry.evidenceRef, 500),
  };
  const id = `NL${createHash("sha256").update(reference).digest("hex").slice(0, 30)}`;
  const known = await prisma.negativeListEntry.findUnique({ where: { id } });
  if (known) return known;
  if (!(await prisma.enterprise.findUnique({ where: { uscc }, select: { uscc: true } }))) throw badUserInput("entry.uscc", "is not a registered enterprise");
  // A concurrent request with the same reference meets the primary key: the entry it wrote is the answer.
  return prisma.negativeListEntry
    .create({ data: { id, uscc, ...data, effectiveFrom: entry.effectiveFrom, listedAt, listedBy, removedAt: null } })
    .catch(async (error: unknown) => (await prisma.negativeListEntry.findUnique({ where: { id } })) ?? Promise.reject(error));
}

/** Credit staff remove an entry (the mutation): removeEntry as the caller, now. */
export function removeFromNegativeList(removal: NegativeListRemovalInput, { identity, prisma }: CreditContext): Promise<NegativeListEntry> {
  requireStaffOf(identity, ["credit"], "remove an enterprise from the negative list", { departmentOnly: true });
  return removeEntry(prisma, identity.subject, removal, now());
}

/** Removes an entry from removedOn on, recorded by `removedBy` at `removedAt`; the entry and who listed and removed it stay. */
export async function removeEntry(
  prisma: CreditContext["prisma"],
  removedBy: string,
  removal: NegativeListRemovalInput,
  removedAt: Date,
): Promise<NegativeListEntry> {
  const reason = text("removal.reason", removal.reason, 500);
  const entry = await prisma.negativeListEntry.findUnique({ where: { id: text("removal.id", removal.id, 32) } });
  if (!entry) throw badUserInput("removal.id", "is not an entry of the negative list");
  if (entry.removedOn) {
    if (entry.removedOn.getTime() === removal.removedOn.getTime()) return entry;
    throw badUserInput("removal.id", `was already removed from ${day(entry.removedOn)}`);
  }
  if (removal.removedOn.getTime() < entry.effectiveFrom.getTime()) {
    throw badUserInput("removal.removedOn", `is ${day(removal.removedOn)}, before the entry takes effect on ${day(entry.effectiveFrom)}`);
  }
  // Only an entry still without a removal is updated: two removals at once record one.
  const { count } = await prisma.negativeListEntry.updateMany({
    where: { id: entry.id, removedOn: null },
    data: { removedOn: removal.removedOn, removalReason: reason, removedAt, removedBy },
  });
  if (count === 0) return removeEntry(prisma, removedBy, removal, removedAt);
  return (await prisma.negativeListEntry.findUnique({ where: { id: entry.id } }))!;
}
