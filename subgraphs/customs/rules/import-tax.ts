/**
 * Import tax of one cross-border e-commerce retail order (docs/domain.md#import-tax), under the rules in
 * force on the declaration date (import-tax.rules.json). Decimal arithmetic throughout; each tax of each line
 * is rounded to the fen (half up) and the lines are summed.
 *
 * Within the limits: tariff 0; consumption tax and VAT at 70% of the statutory amount:
 *   CT = P/(1−c) × c × 0.7, VAT = P/(1−c) × v × 0.7   (P = goods + freight + insurance of the line)
 * At full rate (from 2019, a one-item order over the single-transaction limit but within the annual one):
 *   tariff = P × t, CT = (P + tariff)/(1−c) × c, VAT = (P + tariff)/(1−c) × v
 * Otherwise the order is not a CBEC retail import: refused with the standard's -621005 (single limit) or
 * -621018 (annual limit).
 */
import Decimal from "decimal.js";
import { chinaDay } from "../../../lib/rules/china-time";
import { inForce } from "../../../lib/rules/effective";
import rules from "./import-tax.rules.json";

export type VatClass = "standard" | "reduced";

export interface TaxLine {
  /** 完税价格 of the line: goods value plus its share of freight and insurance. */
  dutiableValue: Decimal.Value;
  vatClass: VatClass;
  /** Consumption tax rate, percent. */
  consumptionTaxRate: Decimal.Value;
  /** MFN import tariff rate, percent; needed only at full rate. */
  tariffRate?: Decimal.Value | null;
  quantity: Decimal.Value;
}

export interface TaxInput {
  declarationDate: Date;
  lines: TaxLine[];
  /** The buyer's CBEC purchases already counted in the declaration's calendar year (returns taken off). */
  buyerAnnualTotal: Decimal.Value;
}

export interface TaxAmounts {
  customsTax: string;
  valueAddedTax: string;
  consumptionTax: string;
  total: string;
}

export type TaxResult =
  | ({ outcome: "withinLimits" | "fullRate"; dutiableValue: string; annualTotalAfter: string; rule: string } & TaxAmounts & {
        lines: TaxAmounts[];
      })
  | { outcome: "refused"; returnStatus: -621005 | -621018 | -621000; reason: string; dutiableValue: string };

const D = (value: Decimal.Value) => new Decimal(value);
const fen = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/**
 * 完税价格 of each line of one list: the line's goods value plus its share of the list's freight and
 * insurance (DOMAIN: actual transaction price = retail price + freight + insurance). The charges are shared
 * in proportion to the lines' values; when every line is worth nothing (gifts only) they are shared equally,
 * so that the charges still count towards the limits. The shares are not rounded, so the lines add up to
 * goods + freight + insurance exactly.
 */
export function dutiableValues(lineValues: readonly Decimal.Value[], charges: { freight: Decimal.Value; insuredFee: Decimal.Value }): Decimal[] {
  const values = lineValues.map(D);
  const goods = values.reduce((sum, value) => sum.plus(value), D(0));
  const shared = D(charges.freight).plus(charges.insuredFee);
  if (goods.isZero()) return values.map((value) => value.plus(shared.dividedBy(values.length)));
  return values.map((value) => value.plus(shared.times(value).dividedBy(goods)));
}

export function vatRate(vatClass: VatClass, date: Date): Decimal {
  const rule = inForce(rules.vat[vatClass], chinaDay(date));
  if (!rule) throw new Error(`no ${vatClass} VAT rate in force on ${chinaDay(date)}`);
  return D(rule.rate).dividedBy(100);
}

function lineTax(line: TaxLine, date: Date, share: Decimal, withTariff: boolean): TaxAmounts {
  const p = D(line.dutiableValue);
  const c = D(line.consumptionTaxRate).dividedBy(100);
  const v = vatRate(line.vatClass, date);
  const tariff = withTariff ? p.times(D(line.tariffRate ?? 0).dividedBy(100)) : D(0);
  const base = p.plus(tariff).dividedBy(D(1).minus(c));
  const amounts = { customsTax: fen(tariff), consumptionTax: fen(base.times(c).times(share)), valueAddedTax: fen(base.times(v).times(share)) };
  return {
    customsTax: amounts.customsTax.toFixed(2),
    consumptionTax: amounts.consumptionTax.toFixed(2),
    valueAddedTax: amounts.valueAddedTax.toFixed(2),
    total: amounts.customsTax.plus(amounts.consumptionTax).plus(amounts.valueAddedTax).toFixed(2),
  };
}

/** The personal annual limit in force on a day (China), with the regulation that sets it; null before any. */
export function annualLimitOn(day: Date): { annual: string; source: string } | null {
  const limit = inForce(rules.limits, chinaDay(day));
  return limit ? { annual: limit.annual, source: limit.source } : null;
}

export function importTax(input: TaxInput): TaxResult {
  const limit = inForce(rules.limits, chinaDay(input.declarationDate));
  const dutiable = input.lines.reduce((sum, line) => sum.plus(line.dutiableValue), D(0));
  const dutiableValue = dutiable.toFixed(2);
  if (!limit) {
    return { outcome: "refused", returnStatus: -621000, reason: `no CBEC retail import rule is in force on ${chinaDay(input.declarationDate)}`, dutiableValue };
  }
  const annualAfter = D(input.buyerAnnualTotal).plus(dutiable);
  if (annualAfter.greaterThan(limit.annual)) {
    return {
      outcome: "refused",
      returnStatus: -621018,
      // Never the running total: it is the buyer's spending on every platform, which the sender has no right to learn.
      reason: `the buyer's purchases this year would be over the annual limit of ${limit.annual} (${limit.source})`,
      dutiableValue,
    };
  }
  const singleItem = input.lines.length === 1 && D(input.lines[0]!.quantity).equals(1);
  let fullRate = false;
  if (dutiable.greaterThan(limit.singleTransaction)) {
    if (!(singleItem && limit.singleItemOverLimit === "fullRate")) {
      return {
        outcome: "refused",
        returnStatus: -621005,
        reason: `the order's dutiable value ${dutiableValue} is over the single-transaction limit of ${limit.singleTransaction} (${limit.source})`,
        dutiableValue,
      };
    }
    fullRate = true;
  }
  const share = fullRate ? D(1) : D(limit.withinLimitShare);
  const lines = input.lines.map((line) => lineTax(line, input.declarationDate, share, fullRate));
  const sum = (key: keyof TaxAmounts) => lines.reduce((total, line) => total.plus(line[key]), D(0)).toFixed(2);
  return {
    outcome: fullRate ? "fullRate" : "withinLimits",
    dutiableValue,
    annualTotalAfter: annualAfter.toFixed(2),
    rule: `${limit.source}, in force from ${limit.validFrom}`,
    customsTax: sum("customsTax"),
    valueAddedTax: sum("valueAddedTax"),
    consumptionTax: sum("consumptionTax"),
    total: sum("total"),
    lines,
  };
}
