import { requireZoneReader } from "../auth/guards";
import type { Identity } from "../auth/identity";
import { declaredPolicy, readsZoneFigures } from "../auth/policy";
import type { Department } from "../departments";
import { chinaDay } from "../rules/china-time";
import { badUserInput } from "./errors";
import { requestLoader } from "./loaders";

/**
 * What every department's statistics share: a bounded period, validated dimensions, and one GROUP BY
 * query in SQL over the department's own tables (money stays numeric in the database and comes back as
 * text, so nothing passes through a float).
 */

/** The longest period one statistics query may cover (ten years and a little). */
export const MAX_PERIOD_DAYS = 3_700;
export const MAX_DIMENSIONS = 3;
const DAY_MS = 86_400_000;

export interface Period {
  /** First day, included (YYYY-MM-DD). */
  from: string;
  /** The day after the last, excluded (YYYY-MM-DD), so that a timestamp compares with `<`. */
  until: string;
  days: number;
}

/** A statistics period: China days, half-open [from, to) like every date range of the graph (dayWindow). */
export function statisticsPeriod(field: string, from: Date, to: Date): Period {
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS);
  if (days < 1) throw badUserInput(`${field}.to`, "must be later than from");
  if (days > MAX_PERIOD_DAYS) throw badUserInput(`${field}.to`, `the period may cover at most ${MAX_PERIOD_DAYS} days; ask for a shorter one`);
  return { from: chinaDay(from), until: chinaDay(to), days };
}

/** The most months one query over monthly figures may cover. */
export const MAX_MONTHS = 120;

/**
 * A range of months given as `fromPeriod` and `toPeriod` (each a Month the scalar has checked), half-open
 * like the date ranges: `toPeriod` is the month after the last. Returns how many months it covers.
 */
export function statisticsMonths(fromPeriod: string, toPeriod: string): number {
  const months = (Number(toPeriod.slice(0, 4)) - Number(fromPeriod.slice(0, 4))) * 12 + Number(toPeriod.slice(5)) - Number(fromPeriod.slice(5));
  if (months < 1) throw badUserInput("toPeriod", "must be later than fromPeriod");
  if (months > MAX_MONTHS) throw badUserInput("toPeriod", `at most ${MAX_MONTHS} months after fromPeriod`);
  return months;
}

export function dimensions<Dimension extends string>(field: string, groupBy: readonly Dimension[]): Dimension[] {
  if (new Set(groupBy).size !== groupBy.length) throw badUserInput(field, "names a dimension twice");
  if (groupBy.length > MAX_DIMENSIONS) throw badUserInput(field, `may name at most ${MAX_DIMENSIONS} dimensions; run several queries for more`);
  return [...groupBy];
}

/** Positional parameters of one SQL statement. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export interface GroupedQuery<Dimension extends string> {
  /** Per dimension, the GraphQL field it fills and its SQL expression. */
  dimensions: Record<Dimension, { field: string; sql: string }>;
  groupBy: readonly Dimension[];
  /** `expression AS "field"` for each measure. */
  measures: string[];
  from: string;
  where: string[];
}

/** SELECT the dimensions and measures, grouped and ordered by the dimensions in the order asked. */
export function groupedSql<Dimension extends string>(query: GroupedQuery<Dimension>): string {
  const keys = query.groupBy.map((dimension) => `${query.dimensions[dimension].sql} AS "${query.dimensions[dimension].field}"`);
  const positions = query.groupBy.map((_, index) => index + 1).join(", ");
  return [
    `SELECT ${[...keys, ...query.measures].join(", ")}`,
    `FROM ${query.from}`,
    query.where.length ? `WHERE ${query.where.join(" AND ")}` : "",
    positions ? `GROUP BY ${positions} ORDER BY ${positions}` : "",
  ].join("\n");
}

/** The records a statistics query counts: rows of an `@access` type of a department, named `alias` in the SQL. */
export interface CountedRecords {
  department: Department;
  type: string;
  alias: string;
}

/**
 * Which records a caller's statistics may count, by the same `@access` policy as reads: zone readers
 * (readsZoneFigures) and everyone for a public type count every record; anyone else only those naming
 * one of their enterprises in a party column of the policy.
 */
export function partyCondition(identity: Identity, records: CountedRecords, params: SqlParams): string | null {
  const policy = declaredPolicy(records.department, records.type);
  if (policy.public || readsZoneFigures(identity)) return null;
  if (policy.parties.length === 0) return "false";
  const usccs = params.add(identity.usccs);
  return `(${policy.parties.map((column) => `${records.alias}."${column}" = ANY(${usccs})`).join(" OR ")})`;
}

/** `part / whole` as an exact decimal with four places, 0 when there is no whole. */
export const shareSql = (part: string, whole: string) => `COALESCE(round((${part})::numeric / NULLIF(${whole}, 0), 4), 0)::text`;

/** A money sum as exact text, 0 when nothing is summed. */
export const moneySql = (expression: string) => `COALESCE(sum(${expression}), 0)::text`;

/** A count of the rows, or of those meeting `condition`. */
export const countSql = (condition?: string) => (condition ? `(count(*) FILTER (WHERE ${condition}))::int` : "count(*)::int");

/** What statistics need of a subgraph's request context: the caller and raw SQL on its database. */
export interface StatisticsContext {
  identity: Identity;
  prisma: { $queryRawUnsafe<T>(sql: string, ...values: unknown[]): Promise<T> };
}

export interface DashboardPeriod {
  from: Date | string;
  to: Date | string;
}

/**
 * One department's part of the zone dashboard: its figures for the period, from one SQL statement whose
 * $1 is the period's first day and $2 the day after its last. Zone-wide, so for zone readers only.
 */
export async function dashboardFigures<Row extends object>(
  { from, to }: DashboardPeriod,
  context: StatisticsContext,
  sql: string,
): Promise<DashboardPeriod & Row & { period: Period }> {
  requireZoneReader(context.identity, "the zone dashboard");
  const period = statisticsPeriod("", new Date(from), new Date(to));
  const [row] = await context.prisma.$queryRawUnsafe<Row[]>(sql, period.from, period.until);
  return { from, to, ...row!, period };
}

/** A table with figures per month: its month column (YYYY-MM), the records it counts (for their parties), its measures. */
export interface MonthlyTable {
  from: string;
  period: string;
  records: CountedRecords;
  measures: string[];
}

/**
 * A table's figures per month, for a range of months (validated) or for the months named; an enterprise
 * counts only the records it is a party to. Months without records have no row.
 */
export function monthlyFigures<Row>(
  context: StatisticsContext,
  table: MonthlyTable,
  months: { fromPeriod: string; toPeriod: string } | { periods: readonly string[] },
): Promise<Row[]> {
  const params = new SqlParams();
  let where: string[];
  if ("periods" in months) {
    where = [`${table.period} = ANY(${params.add([...months.periods])}::text[])`];
  } else {
    statisticsMonths(months.fromPeriod, months.toPeriod);
    where = [`${table.period} >= ${params.add(months.fromPeriod)}`, `${table.period} < ${params.add(months.toPeriod)}`];
  }
  const party = partyCondition(context.identity, table.records, params);
  if (party) where.push(party);
  const sql = groupedSql({
    dimensions: { PERIOD: { field: "period", sql: table.period } },
    groupBy: ["PERIOD"],
    measures: table.measures,
    from: table.from,
    where,
  });
  return context.prisma.$queryRawUnsafe<Row[]>(sql, ...params.values);
}

/** One request's months of a table, every month asked for at one level in one statement; `empty` for a month without records. */
export function monthsLoader<Row extends { period: string }>(table: MonthlyTable, empty: (period: string) => Row) {
  return requestLoader<StatisticsContext, string, Row>(async (periods, context) => {
    const byPeriod = new Map((await monthlyFigures<Row>(context, table, { periods })).map((row) => [row.period, row]));
    return periods.map((period) => byPeriod.get(period) ?? empty(period));
  });
}
