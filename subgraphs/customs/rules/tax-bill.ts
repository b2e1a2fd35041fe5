/**
 * 汇总征税 (docs/domain.md#aggregated-tax-payment): the tax of released lists is gathered per guarantor
 * (assureCode) and month of release into one bill, due by the rule in force for that month
 * (tax-bill.rules.json).
 */
import { chinaMonth } from "../../../lib/rules/china-time";
import { inForce } from "../../../lib/rules/effective";
import rules from "./tax-bill.rules.json";

const DAY = 86_400_000;

/** The bill period ("YYYY-MM") of a release, in China Standard Time: a release on 1 March 00:30 +08:00 is March's. */
export function billPeriod(releasedAt: Date): string {
  return chinaMonth(releasedAt);
}

export function billDueDate(period: string): Date {
  const rule = inForce(rules.rules, period);
  if (!rule) throw new Error(`no tax bill rule for the period ${period}`);
  const [year, month] = period.split("-").map(Number) as [number, number];
  const lastDay = Date.UTC(year, month, 0);
  return new Date(lastDay + rule.daysAfterPeriodEnd * DAY);
}
