/**
 * What is in force on a day (China calendar day, as a Date at UTC midnight like every `@db.Date` column):
 * the one place that says when a negative-list entry refuses documents and which credit class applies.
 * - A negative-list entry is in force from its effectiveFrom day, included, until its removedOn day, excluded.
 * - The credit class on a day is the class of the latest change effective on or before that day (the later
 *   decision wins between two changes effective the same day); before any change, the profile's class.
 */
import type { Prisma } from "../../../prisma/credit/generated/client";
import type { CreditClass } from "./credit-evaluation";

export interface DatedEntry {
  effectiveFrom: Date;
  removedOn: Date | null;
}

export const entryInForce = (entry: DatedEntry, day: Date): boolean =>
  entry.effectiveFrom.getTime() <= day.getTime() && (entry.removedOn === null || entry.removedOn.getTime() > day.getTime());

/** The same rule as a Prisma condition, for lists and counts in the database. */
export const entryInForceWhere = (day: Date): Prisma.NegativeListEntryWhereInput => ({
  effectiveFrom: { lte: day },
  OR: [{ removedOn: null }, { removedOn: { gt: day } }],
});

export interface DatedClassChange {
  toClass: CreditClass;
  effectiveFrom: Date;
  decidedAt: Date;
}

export function classOn(changes: readonly DatedClassChange[], day: Date, profileClass: CreditClass | null): CreditClass | null {
  let latest: DatedClassChange | undefined;
  for (const change of changes) {
    if (change.effectiveFrom.getTime() > day.getTime()) continue;
    if (
      !latest ||
      change.effectiveFrom.getTime() > latest.effectiveFrom.getTime() ||
      (change.effectiveFrom.getTime() === latest.effectiveFrom.getTime() && change.decidedAt.getTime() > latest.decidedAt.getTime())
    ) {
      latest = change;
    }
  }
  return latest?.toClass ?? profileClass;
}
