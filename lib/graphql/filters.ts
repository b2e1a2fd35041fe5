import { enterpriseCodeProblem } from "../rules/enterprise-code";
import { usccProblem } from "../rules/uscc";
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

/** A filter's time window as a Prisma condition: `from` inclusive; `to` exclusive for instants, inclusive for dates. */
export function timeWindow(
  field: string,
  from: Date | null | undefined,
  to: Date | null | undefined,
  end: "exclusive" | "inclusive" = "exclusive",
): { gte?: Date; lt?: Date; lte?: Date } | undefined {
  if (from && to && (end === "exclusive" ? from >= to : from > to)) {
    throw badUserInput(`${field}.to`, "must be later than from");
  }
  if (!from && !to) return undefined;
  return { ...(from ? { gte: from } : {}), ...(to ? (end === "exclusive" ? { lt: to } : { lte: to }) : {}) };
}

/** The entity reference for a party named by a CEB code: credit keys enterprises by USCC only. */
export function enterpriseByCode(code: string): { uscc: string } | null {
  return code.length === 18 ? { uscc: code } : null;
}
