/**
 * Whether CIQ inspects a declared list (docs/domain.md#inspection-sampling): a rate from the goods' highest
 * risk level (product or origin, whichever is higher) and the e-commerce enterprise's credit class
 * (inspection-sampling.rules.json, effective-dated), compared with the order's draw. The draw is a secret
 * random number drawn once per order (`freshDraw`) and kept by CIQ: the declarant cannot compute it, and a
 * new list for the same order gets the same draw, so neither choosing a copNo nor declaring again re-rolls it.
 */
import { randomInt } from "node:crypto";
import Decimal from "decimal.js";
import { chinaDay } from "../../../lib/rules/china-time";
import { inForce } from "../../../lib/rules/effective";
import productionRules from "./inspection-sampling.rules.json";

export type RiskLevel = "LOW" | "MEDIUM" | "HIGH";
export type CreditClass = "ADVANCED_CERTIFIED" | "GENERAL_CERTIFIED" | "GENERAL" | "DISHONEST";

/** One version of the sampling rates (a row of inspection-sampling.rules.json). */
export interface SamplingRule {
  validFrom: string;
  baseRate: Record<RiskLevel, string>;
  classFactor: Record<Exclude<CreditClass, "DISHONEST">, string>;
  dishonestRate: string;
  unknownClassFactor: string;
  source: string;
}

export const SAMPLING_RULES: readonly SamplingRule[] = productionRules.rules;

export interface SamplingInput {
  declarationDate: Date;
  riskLevels: RiskLevel[];
  creditClass: CreditClass | null;
  /** The order's draw in [0, 1). */
  draw: Decimal;
}

export interface SamplingDecision {
  selected: boolean;
  rate: string;
  draw: string;
  riskLevel: RiskLevel;
  /** validFrom of the rule applied. */
  rule: string;
  reason: string;
}

export const RISK_ORDER: readonly RiskLevel[] = ["LOW", "MEDIUM", "HIGH"];
export const highestRisk = (levels: RiskLevel[]): RiskLevel =>
  levels.reduce<RiskLevel>((highest, level) => (RISK_ORDER.indexOf(level) > RISK_ORDER.indexOf(highest) ? level : highest), "LOW");

/** Digits of a draw: 10⁹ equally likely values, exactly what SamplingDraw.draw (DECIMAL(10,9)) holds. */
const DRAW_DIGITS = 9;

/** A new draw, uniform over [0, 1) from the operating system's CSPRNG. */
export function freshDraw(): Decimal {
  return new Decimal(randomInt(0, 10 ** DRAW_DIGITS)).dividedBy(10 ** DRAW_DIGITS);
}

export function decideSampling(input: SamplingInput, rules: readonly SamplingRule[] = SAMPLING_RULES): SamplingDecision {
  const day = chinaDay(input.declarationDate);
  const rule = inForce(rules, day);
  if (!rule) throw new Error(`no inspection sampling rule in force on ${day}`);
  const riskLevel = highestRisk(input.riskLevels);
  const base = new Decimal(rule.baseRate[riskLevel]);
  const rate =
    input.creditClass === "DISHONEST"
      ? Decimal.max(base, rule.dishonestRate)
      : base.times(input.creditClass ? rule.classFactor[input.creditClass] : rule.unknownClassFactor);
  const draw = input.draw.toFixed(DRAW_DIGITS);
  const selected = input.draw.lessThan(rate);
  return {
    selected,
    rate: rate.toFixed(),
    draw,
    riskLevel,
    rule: rule.validFrom,
    reason: `goods risk ${riskLevel} (base rate ${base.toFixed()}), credit class ${input.creditClass ?? "unknown"} → rate ${rate.toFixed()}; the order's draw ${draw} ${selected ? "<" : "≥"} rate: ${selected ? "selected for inspection" : "not selected"} (rule of ${rule.validFrom}: ${rule.source})`,
  };
}
