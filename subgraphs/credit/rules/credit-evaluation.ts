/**
 * How an enterprise's credit changes with each credit event (docs/domain.md#enterprise-credit, 一库三系统).
 * Deterministic: the same profile and event always give the same result.
 * - The score moves by the event's delta, kept within 0–100.
 * - An enterprise with an active negative-list entry, or a score under DISHONEST_BELOW, is 失信 (DISHONEST).
 * - A certified class needs its score band (≥ 90 advanced, ≥ 80 general certified); below it the enterprise
 *   falls to GENERAL. Certification itself is a customs decision and is never granted here.
 * - A DISHONEST enterprise stays so until its negative-list entries are removed and its score recovers.
 * The new class applies to the next declaration: a list already decided keeps the class it was decided with.
 */
export type CreditClass = "ADVANCED_CERTIFIED" | "GENERAL_CERTIFIED" | "GENERAL" | "DISHONEST";

export const DISHONEST_BELOW = 40;
const BANDS: Partial<Record<CreditClass, number>> = { ADVANCED_CERTIFIED: 90, GENERAL_CERTIFIED: 80 };

export interface Evaluation {
  creditClass: CreditClass;
  score: number;
  reason: string;
}

export function evaluateCredit(current: { creditClass: CreditClass; score: number }, scoreDelta: number, onNegativeList: boolean): Evaluation {
  const score = Math.min(100, Math.max(0, current.score + scoreDelta));
  if (onNegativeList || score < DISHONEST_BELOW) {
    return { creditClass: "DISHONEST", score, reason: onNegativeList ? "on the negative list" : `score ${score} under ${DISHONEST_BELOW}` };
  }
  if (current.creditClass === "DISHONEST") return { creditClass: "DISHONEST", score, reason: "失信 until rehabilitated by customs" };
  const band = BANDS[current.creditClass];
  if (band !== undefined && score < band) return { creditClass: "GENERAL", score, reason: `score ${score} under the ${current.creditClass} band of ${band}` };
  return { creditClass: current.creditClass, score, reason: `score ${score}; class unchanged` };
}
