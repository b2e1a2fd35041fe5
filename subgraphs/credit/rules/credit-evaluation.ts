/**
 * How an enterprise's credit changes with each credit event (docs/domain.md#enterprise-credit, 一库三系统),
 * by the score rules in force on the event's day (credit-score.rules.json). Deterministic: the same profile,
 * event and rules always give the same result.
 * - The score moves by the event's weight (the rules' weight of its kind, else the reporter's delta), kept within 0–100.
 * - An enterprise with an active negative-list entry, or a score under the rules' `dishonestBelow`, is 失信 (DISHONEST).
 * - A certified class needs its score band; below it the enterprise falls to GENERAL. Certification itself is
 *   a customs decision and is never granted here.
 * - A DISHONEST enterprise stays so until its negative-list entries are removed and its score recovers.
 * The new class applies to the next declaration: a list already decided keeps the class it was decided with.
 */
import { ruleOn } from "../../../lib/rules/effective";
import scoreRules from "./credit-score.rules.json";

export type CreditClass = "ADVANCED_CERTIFIED" | "GENERAL_CERTIFIED" | "GENERAL" | "DISHONEST";

/** One version of the score model (a row of credit-score.rules.json). */
export interface ScoreRule {
  validFrom: string;
  dishonestBelow: number;
  /** The length of a clean-record period in China calendar months (a divisor of 12: periods start in January). */
  cleanRecordMonths: number;
  bands: Partial<Record<CreditClass, number>>;
  /** The weight of each kind of event credit weighs itself; other kinds carry their reporter's delta. */
  weights: Partial<Record<string, number>>;
}

export const SCORE_RULES: readonly ScoreRule[] = scoreRules.rules;
const FILE = "subgraphs/credit/rules/credit-score.rules.json";

/** The score rules in force on a day (China). */
export const scoreRuleOn = (day: Date): ScoreRule => ruleOn(SCORE_RULES, day, FILE);

/** The weight the rules in force on `day` give a kind of event; undefined for a kind its reporter weighs. */
export const weightOf = (kind: string, day: Date): number | undefined => scoreRuleOn(day).weights[kind];

export interface Evaluation {
  creditClass: CreditClass;
  score: number;
  reason: string;
}

export function evaluateCredit(current: { creditClass: CreditClass; score: number }, scoreDelta: number, onNegativeList: boolean, rule: ScoreRule): Evaluation {
  const score = Math.min(100, Math.max(0, current.score + scoreDelta));
  if (onNegativeList || score < rule.dishonestBelow) {
    return { creditClass: "DISHONEST", score, reason: onNegativeList ? "on the negative list" : `score ${score} under ${rule.dishonestBelow}` };
  }
  if (current.creditClass === "DISHONEST") return { creditClass: "DISHONEST", score, reason: "失信 until rehabilitated by customs" };
  const band = rule.bands[current.creditClass];
  if (band !== undefined && score < band) return { creditClass: "GENERAL", score, reason: `score ${score} under the ${current.creditClass} band of ${band}` };
  return { creditClass: current.creditClass, score, reason: `score ${score}; class unchanged` };
}
