import { chinaDay } from "./china-time";

/**
 * Rules change over time and every document is judged by the rule of its own date
 * (docs/domain.md#rules-by-date). Rule files list their versions with `validFrom` (an ISO day or month,
 * compared as text); the one in force is the latest that began on or before the day asked about.
 */
export function inForce<T extends { validFrom: string }>(table: readonly T[], day: string): T | undefined {
  return [...table].sort((a, b) => b.validFrom.localeCompare(a.validFrom)).find((rule) => rule.validFrom <= day);
}

/**
 * The rule in force on `date`: its day in China, so that at 00:30 in Beijing (16:30 UTC the day before) the
 * new day's rule applies. A date before every version is a configuration error.
 */
export function ruleOn<T extends { validFrom: string }>(table: readonly T[], date: Date, file: string): T {
  const day = chinaDay(date);
  const rule = inForce(table, day);
  if (!rule) throw new Error(`${file} has no rule in force on ${day}`);
  return rule;
}
