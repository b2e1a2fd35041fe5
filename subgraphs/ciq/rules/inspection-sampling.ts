/**
 * Whether CIQ inspects a declared list (docs/domain.md#inspection-sampling): a rate from the goods' highest
 * risk level and the e-commerce enterprise's credit class (inspection-sampling.rules.json, effective-dated),
 * and a draw that depends only on the list, so that the same list always gets the same decision and anyone
 * can check it.
 */
import { createHash } from "node:crypto";
import Decimal from "decimal.js";
import { chinaDay } from "../../../lib/rules/china-time";
import { inForce } from "../../../lib/rules/effective";
import rules from "./inspection-sampling.rules.json";

export type RiskLevel = "LOW" | "MEDIUM" | "HIGH";
export type CreditClass = "ADVANCED_CERTIFIED" | "GENERAL_CERTIFIED" | "GENERAL" | "DISHONEST";

export interface SamplingInput {
  /** The list's key and number: the draw is derived from them. */
  agentCode: string;
  copNo: string;
  declarationDate: Date;
  riskLevels: RiskLevel[];
  creditClass: CreditClass | null;
}

export interface SamplingDecision {
  selected: boolean;
  rate: string;
  draw: string;
  riskLevel: RiskLevel;
  reason: string;
}

const ORDER: RiskLevel[] = ["LOW", "MEDIUM", "HIGH"];

/** A number in [0, 1) from the list's identity: deterministic, and uniform over lists. */
export function samplingDraw(agentCode: string, copNo: string): Decimal {
  const hex = createHash("sha256").update(`${agentCode}|${copNo}`).digest("hex").slice(0, 13);
  return new Decimal(parseInt(hex, 16)).dividedBy(new Decimal(16).pow(13));
}

export function decideSampling(input: SamplingInput): SamplingDecision {
  const day = chinaDay(input.declarationDate);
  const rule = inForce(rules.rules, day);
  if (!rule) throw new Error(`no inspection sampling rule in force on ${day}`);
  const riskLevel = input.riskLevels.reduce<RiskLevel>((highest, level) => (ORDER.indexOf(level) > ORDER.indexOf(highest) ? level : highest), "LOW");
  const base = new Decimal(rule.baseRate[riskLevel]);
  const rate =
    input.creditClass === "DISHONEST"
      ? Decimal.max(base, rule.dishonestRate)
      : base.times(input.creditClass ? rule.classFactor[input.creditClass] : rule.unknownClassFactor);
  const draw = samplingDraw(input.agentCode, input.copNo);
  const selected = draw.lessThan(rate);
  return {
    selected,
    rate: rate.toFixed(),
    draw: draw.toFixed(6),
    riskLevel,
    reason: `goods risk ${riskLevel} (base rate ${base.toFixed()}), credit class ${input.creditClass ?? "unknown"} → rate ${rate.toFixed()}; draw ${draw.toFixed(6)} ${selected ? "<" : "≥"} rate: ${selected ? "selected for inspection" : "not selected"} (${rule.source})`,
  };
}
