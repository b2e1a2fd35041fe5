import Decimal from "decimal.js";
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { InputValueError } from "./errors";

/** What resolvers may hand to the Decimal scalar: Prisma's Decimal, decimal.js, or a decimal string. */
export type DecimalOutput = string | { toFixed(): string };
/** What resolvers may hand to the DateTime and Date scalars. */
export type DateOutput = Date | string;

const DECIMAL = /^-?\d{1,14}(\.\d{1,5})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MONTH = /^\d{4}-(\d{2})$/;

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw new GraphQLError(`${scalar} must be given as a string`);
  return ast.value;
}

function parseDecimal(value: unknown): string {
  if (typeof value !== "string" || !DECIMAL.test(value)) {
    throw new GraphQLError(`Decimal must be a string of up to 14 integer and 5 fraction digits, e.g. "1020.50"; got ${JSON.stringify(value)}`);
  }
  return new Decimal(value).toFixed();
}

/** N19,5 amounts of the CEB standard travel as strings so that no client turns them into binary floats. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: "Decimal",
  serialize: (value) => {
    if (typeof value === "string") return new Decimal(value).toFixed();
    if (value && typeof (value as { toFixed?: unknown }).toFixed === "function" && typeof value !== "number") {
      return (value as { toFixed(): string }).toFixed();
    }
    throw new GraphQLError("Decimal cannot represent a binary float or a non-decimal value");
  },
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(literalString(ast, "Decimal")),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === "string" && DATE_TIME.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError(`DateTime must be ISO-8601 with an offset, e.g. "2026-03-01T08:00:00+08:00"; got ${JSON.stringify(value)}`);
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  serialize: (value) => new Date(value as DateOutput).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literalString(ast, "DateTime")),
});

function parseDate(value: unknown): Date {
  const match = typeof value === "string" ? DATE.exec(value) : null;
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Date must be a calendar date YYYY-MM-DD; got ${JSON.stringify(value)}`);
  }
  return date;
}

/** Calendar dates (declTime, ieDate) are stored as SQL DATE and read back as UTC midnight. */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: "Date",
  serialize: (value) => new Date(value as DateOutput).toISOString().slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literalString(ast, "Date")),
});

/** Whether a text is a calendar month, YYYY-MM with the month 01 to 12: the one rule for months given as input. */
export function isMonth(value: string): boolean {
  const match = MONTH.exec(value);
  return match !== null && Number(match[1]) >= 1 && Number(match[1]) <= 12;
}

function parseMonth(value: unknown, node?: ValueNode): string {
  if (typeof value === "string" && isMonth(value)) return value;
  const got = JSON.stringify(value);
  const match = typeof value === "string" ? MONTH.exec(value) : null;
  const message = match
    ? `must be a month YYYY-MM with the month 01 to 12; got ${got}, month ${match[1]}`
    : `must be a month YYYY-MM, e.g. "2026-03"; got ${got}`;
  throw new InputValueError(message, node);
}

/**
 * A calendar month, e.g. a tax bill period. Refused values are BAD_USER_INPUT naming the argument they
 * were given for (InputValueError), as the resolvers' own checks of arguments are.
 */
export const MonthScalar = new GraphQLScalarType<string, string>({
  name: "Month",
  serialize: (value) => String(value),
  parseValue: (value) => parseMonth(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new InputValueError("must be a month given as a string, YYYY-MM", ast);
    return parseMonth(ast.value, ast);
  },
});

/** A stored JSON value answered as it is (an event's keys and receipt). Nothing takes it as input. */
export const JSONScalar = new GraphQLScalarType<never, unknown>({
  name: "JSON",
  serialize: (value) => value,
  parseValue: () => {
    throw new InputValueError("JSON values are answers only; no argument takes one");
  },
  parseLiteral: (ast) => {
    throw new InputValueError("JSON values are answers only; no argument takes one", ast);
  },
});

export const scalarResolvers = { Decimal: DecimalScalar, DateTime: DateTimeScalar, Date: DateScalar, Month: MonthScalar, JSON: JSONScalar };
