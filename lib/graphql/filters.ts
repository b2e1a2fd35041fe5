import { enterpriseCodeProblem } from "../rules/enterprise-code";
import { usccProblem } from "../rules/uscc";
import { chinaDayStart } from "../rules/china-time";
import { badUserInput } from "./errors";

/** An enterprise code argument (customs code or USCC), rejected with its name when malformed. */
export function enterpriseCode(field: string, value: string): string {
  const problem = enterpriseCodeProblem(value);
  if (problem) throw badUserInput(field, problem);
  return value;
}

export function uscc(field: string, value: string): string {
  const problem = usccProblem(value);
  if (problem) throw badUserInput(field, problem);
  return value;
}

/** A document number or other key text: present, not padded, within the standard's length. */
export function documentNo(field: string, value: string, maxLength: number): string {
  if (value.length === 0 || value.length > maxLength || value.trim() !== value) {
    throw badUserInput(field, `must be 1 to ${maxLength} characters without surrounding spaces`);
  }
  return value;
}

/**
 * A filter's days as a Prisma condition, under the graph's one date-range convention: `from` and `to` are
 * calendar days in China time (the Date scalar, read as that date at UTC midnight), half-open — from the
 * start of `from` up to, not including, the start of `to`. A timestamp column (`instant`) compares with the
 * instants those China days begin; a DATE column (`date`, stored as UTC midnight) with the dates themselves.
 */
export function dayWindow(
  field: string,
  from: Date | null | undefined,
  to: Date | null | undefined,
  column: "instant" | "date",
): { gte?: Date; lt?: Date } | undefined {
  if (from && to && from >= to) throw badUserInput(`${field}.to`, "must be later than from");
  if (!from && !to) return undefined;
  const start = (day: Date) => (column === "instant" ? chinaDayStart(day) : day);
  return { ...(from ? { gte: start(from) } : {}), ...(to ? { lt: start(to) } : {}) };
}

/** A filter's months (YYYY-MM, compared as text), half-open like its days: `toPeriod` is the month after the last. */
export function periodWindow(
  field: string,
  fromPeriod: string | null | undefined,
  toPeriod: string | null | undefined,
): { gte?: string; lt?: string } | undefined {
  if (fromPeriod && toPeriod && fromPeriod >= toPeriod) throw badUserInput(`${field}.toPeriod`, "must be later than fromPeriod");
  if (!fromPeriod && !toPeriod) return undefined;
  return { ...(fromPeriod ? { gte: fromPeriod } : {}), ...(toPeriod ? { lt: toPeriod } : {}) };
}

/** The entity reference for a party named by a CEB code: credit keys enterprises by USCC only. */
export function enterpriseByCode(code: string): { uscc: string } | null {
  return code.length === 18 ? { uscc: code } : null;
}
