/**
 * Cross-border money rules (cross-border.rules.json, all [M]): the per-transaction limit of payment
 * institutions' FX payments and the reference rates that turn other currencies into CNY and USD. Every
 * rule is chosen by the document's own day in China.
 */
import Decimal from "decimal.js";
import { inForce } from "../../../lib/rules/effective";
import rules from "./cross-border.rules.json";

/** Products of an N19,5 amount and a rate keep every digit until the one rounding to the fen. */
export const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

export const CNY = "142";

/** CNY per unit of a currency on a day, from the reference rates; undefined when the rules have none. */
export function referenceRate(currency: string, day: string): Decimal | undefined {
  const table = inForce(rules.referenceRates, day)?.cnyPerUnit as Record<string, string> | undefined;
  const rate = table?.[currency];
  return rate === undefined ? undefined : new Exact(rate);
}

/** An amount in CNY: amount × rate, rounded half up to the fen (2 decimals). */
export function toCny(amount: Decimal.Value, cnyPerUnit: Decimal.Value): Decimal {
  return new Exact(amount).times(cnyPerUnit).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export interface LimitBreach {
  /** The amount in the limit's currency, by the reference rates, to the cent. */
  equivalent: Decimal;
  message: string;
}

/**
 * Whether one receipt is over the per-transaction limit of payment institutions' FX payments. RMB
 * settlement is no FX transaction and is never limited (the rule file says why); a currency without a
 * reference rate cannot be judged here and is left to the currency check.
 */
export function limitBreach(charge: Decimal.Value, currency: string, day: string): LimitBreach | null {
  if (currency === CNY) return null;
  const limit = inForce(rules.transactionLimits, day);
  if (!limit || limit.appliesTo !== "foreign-currency") return null;
  const from = referenceRate(currency, day);
  const to = referenceRate(limit.currency, day);
  if (!from || !to) return null;
  const equivalent = currency === limit.currency ? new Exact(charge) : new Exact(charge).times(from).dividedBy(to).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (equivalent.lessThanOrEqualTo(limit.amount)) return null;
  const shown = currency === limit.currency ? "" : ` (${equivalent.toFixed(2)} by the reference rates of ${inForce(rules.referenceRates, day)!.validFrom})`;
  return {
    equivalent,
    message: `is over the per-transaction limit of ${limit.amount} in currency ${limit.currency}${shown}: ${limit.rule}, cross-border.rules.json from ${limit.validFrom} [${limit.confidence}]`,
  };
}

/**
 * Why a receipt's exchange rate is too far from the reference rate of its day (the band of
 * cross-border.rules.json), or null. A currency without a reference rate that day has no band to judge by.
 */
export function rateBandProblem(exchangeRate: Decimal.Value, currency: string, day: string): string | null {
  const band = inForce(rules.exchangeRateBands, day);
  const reference = referenceRate(currency, day);
  if (!band || !reference) return null;
  const allowed = reference.times(new Decimal(band.percent).dividedBy(100));
  const [low, high] = [reference.minus(allowed), reference.plus(allowed)];
  const rate = new Decimal(exchangeRate);
  if (rate.greaterThanOrEqualTo(low) && rate.lessThanOrEqualTo(high)) return null;
  return `is ${rate.toFixed()} CNY per unit, outside ${band.percent}% of the reference rate ${reference.toFixed()} of ${day} (${low.toFixed()} to ${high.toFixed()}; cross-border.rules.json from ${band.validFrom} [${band.confidence}])`;
}
