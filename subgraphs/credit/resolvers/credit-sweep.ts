import { now } from "../../../lib/clock";
import { chinaDayStart, chinaMonth } from "../../../lib/rules/china-time";
import type { CreditContext } from "../context";
import { scoreRuleOn } from "../rules/credit-evaluation";
import { weighEvent } from "./record-event";

/** How many awards one sweep makes at most; the next sweep takes the rest. */
const BATCH = 200;

/** The last clean-record period (China calendar months, `months` long, from January) that has ended before `instant`. */
export function lastEndedPeriod(instant: Date, months: number): { start: Date; end: Date; name: string; endDay: string } {
  const [year, month] = chinaMonth(instant).split("-").map(Number) as [number, number];
  const currentStart = month - 1 - ((month - 1) % months);
  const startDay = new Date(Date.UTC(year, currentStart - months, 1));
  const endDay = new Date(Date.UTC(year, currentStart, 1));
  return { start: chinaDayStart(startDay), end: chinaDayStart(endDay), name: startDay.toISOString().slice(0, 7), endDay: endDay.toISOString().slice(0, 10) };
}

/**
 * What credit does by itself once per sweep period (lib/subgraph.ts runs it once across replicas): award
 * CLEAN_RECORD (docs/domain.md#the-score-model-as-rules) for the last period of the score rules'
 * `cleanRecordMonths` that has ended, to every enterprise that was active since the period began, had no
 * event lowering its score in it and no negative-list entry in force on any of its days. One award per enterprise and period: its reference names both, and an
 * enterprise that has it is not looked at again; two runs at once award it once (the reference is the event's key).
 * `signal` (its job's) stops a run that is no longer its job's between awards.
 */
export async function sweepCredit({ prisma }: CreditContext, signal?: AbortSignal): Promise<void> {
  const at = now();
  const period = lastEndedPeriod(at, scoreRuleOn(at).cleanRecordMonths);
  const weight = scoreRuleOn(period.end).weights.CLEAN_RECORD;
  if (weight === undefined) return;
  const clean = await prisma.$queryRawUnsafe<Array<{ uscc: string }>>(
    `SELECT e.uscc FROM "Enterprise" e
     WHERE e.status = 'ACTIVE' AND e."registeredOn" <= $1::date
       AND NOT EXISTS (SELECT 1 FROM "CreditEvent" c WHERE c.uscc = e.uscc AND c."scoreDelta" < 0 AND c."occurredAt" >= $2 AND c."occurredAt" < $3)
       AND NOT EXISTS (SELECT 1 FROM "NegativeListEntry" n
                       WHERE n.uscc = e.uscc AND n."effectiveFrom" < $4::date AND (n."removedOn" IS NULL OR n."removedOn" > $1::date))
       AND NOT EXISTS (SELECT 1 FROM "CreditEvent" c WHERE c.uscc = e.uscc AND c.kind = 'CLEAN_RECORD' AND c."occurredAt" = $3)
     ORDER BY e.uscc LIMIT ${BATCH}`,
    `${period.name}-01`,
    period.start,
    period.end,
    period.endDay,
  );
  for (const { uscc } of clean) {
    signal?.throwIfAborted();
    await weighEvent(
      prisma,
      {
        reference: `credit:clean-record:${uscc}|${period.name}`,
        uscc,
        kind: "CLEAN_RECORD",
        // At the period's end: the record was clean through it.
        occurredAt: period.end,
        description: `no event lowering the score in the ${scoreRuleOn(at).cleanRecordMonths} months from ${period.name}`,
        scoreDelta: weight,
      },
      "credit",
    );
  }
}
