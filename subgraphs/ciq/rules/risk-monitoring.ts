/**
 * Risk monitoring (docs/domain.md#risk-monitoring): inspection results move the risk level of the goods'
 * product filings and of their countries of origin, by effective-dated thresholds
 * (risk-monitoring.rules.json). Repeated failures within a window raise a level by one step; a clean run of
 * passed inspections lowers it by one step, never below the level the product was filed with (LOW for a
 * country). Each change starts a new count, so a level moves at most one step per run.
 */
import { inForce } from "../../../lib/rules/effective";
import rules from "./risk-monitoring.rules.json";
import { RISK_ORDER, type RiskLevel } from "./inspection-sampling";

export interface RiskThresholds {
  /** Failed inspections within `windowDays` (since the last change) that raise the level. */
  raiseAfterFailures: number;
  windowDays: number;
  /** Passed inspections in a row (since the last failure and the last change) that lower it. */
  lowerAfterPasses: number;
}

export interface RiskRule {
  validFrom: string;
  product: RiskThresholds;
  origin: RiskThresholds;
  source: string;
}

export const RISK_RULES: readonly RiskRule[] = rules.rules;

/** The rule for an inspection concluded on `day` (a China day); none before the first version. */
export const riskRuleOn = (day: string): RiskRule | undefined => inForce(RISK_RULES, day);

export interface RiskRecord {
  level: RiskLevel;
  /** The lowest level monitoring may bring it back to. */
  floor: RiskLevel;
  failures: number;
  passesInARow: number;
}

export interface RiskChange {
  toLevel: RiskLevel;
  reason: string;
}

/** The level a product or an origin moves to after an inspection, or null when it stays. */
export function nextRiskLevel(record: RiskRecord, thresholds: RiskThresholds): RiskChange | null {
  const at = RISK_ORDER.indexOf(record.level);
  if (record.failures >= thresholds.raiseAfterFailures && at < RISK_ORDER.length - 1) {
    return {
      toLevel: RISK_ORDER[at + 1]!,
      reason: `${record.failures} failed inspections within ${thresholds.windowDays} days (raised at ${thresholds.raiseAfterFailures})`,
    };
  }
  if (record.passesInARow >= thresholds.lowerAfterPasses && at > RISK_ORDER.indexOf(record.floor)) {
    return { toLevel: RISK_ORDER[at - 1]!, reason: `${record.passesInARow} passed inspections in a row (lowered at ${thresholds.lowerAfterPasses})` };
  }
  return null;
}
