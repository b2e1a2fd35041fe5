/**
 * Documents are dated in China Standard Time (+08:00, no daylight saving): a receipt accounted at
 * 00:30 on 1 January in Beijing belongs to that day and month, whatever the server's zone. This file is the
 * one definition of China time, for the code and for the SQL (whose session zone is the server's, UTC).
 */
const OFFSET_HOURS = 8;
const OFFSET_MS = OFFSET_HOURS * 3_600_000;

/** An instant as China Standard Time, ISO-formatted without an offset (YYYY-MM-DDThh:mm:ss.sss). */
export function chinaTime(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 23);
}

/** An instant as China's wall clock to the second, as a spreadsheet reads a date and time: `2026-12-07 09:30:00`. */
export const chinaDateTime = (instant: Date): string => chinaTime(instant).slice(0, 19).replace("T", " ");

/**
 * The calendar day of an instant in China (YYYY-MM-DD). It is also the day of a calendar date (a `Date`
 * scalar or a SQL DATE column such as declTime, held as UTC midnight of its day, which is 08:00 of the same
 * day in China): so this is the one way to name the day of any Date, never `toISOString().slice(0, 10)`.
 */
export const chinaDay = (instant: Date): string => chinaTime(instant).slice(0, 10);

/** The instant China day `day` begins, `day` being that calendar date at UTC midnight (as the Date scalar reads it). */
export const chinaDayStart = (day: Date): Date => new Date(day.getTime() - OFFSET_MS);

/** The month of an instant (or calendar date) in China (YYYY-MM). */
export const chinaMonth = (instant: Date): string => chinaTime(instant).slice(0, 7);

/** The year of an instant (or calendar date) in China, never `getUTCFullYear()`. */
export const chinaYear = (instant: Date): number => Number(chinaTime(instant).slice(0, 4));

// The same offset in SQL, as an interval: a zone name would bring the tz database's historical rules, and
// a text offset ('+08') reads with POSIX's inverted sign.
const SQL_OFFSET = `INTERVAL '+${String(OFFSET_HOURS).padStart(2, "0")}:00'`;

/** SQL: the China wall-clock time (timestamp without zone) of a timestamptz expression. */
const chinaWallClockSql = (instant: string) => `(${instant} AT TIME ZONE ${SQL_OFFSET})`;

/** SQL: the China calendar day (date) of a timestamptz expression. */
export const chinaDaySql = (instant: string): string => `${chinaWallClockSql(instant)}::date`;

/** SQL: the China month (text, YYYY-MM) of a timestamptz expression. */
export const chinaMonthSql = (instant: string): string => `to_char(${chinaWallClockSql(instant)}, 'YYYY-MM')`;

/**
 * SQL: the instant (timestamptz) at which China day `day` begins, `day` being a date, a timestamp or a
 * YYYY-MM-DD parameter. Comparing a column with it, rather than the column's day with `day`, keeps the
 * column's index usable.
 */
export const chinaDayStartSql = (day: string): string => `((${day})::date::timestamp AT TIME ZONE ${SQL_OFFSET})`;

/** SQL: timestamptz `instant` falls on the China days from `from` (inclusive) to `until` (exclusive). */
export const chinaDaysSql = (instant: string, from: string, until: string): string =>
  `${instant} >= ${chinaDayStartSql(from)} AND ${instant} < ${chinaDayStartSql(until)}`;

/**
 * SQL: DATE column `day` falls on the China days from `from` (inclusive) to `until` (exclusive). A DATE
 * column (declTime, ieDate, registeredOn) holds a China day already, the document's own or one written with
 * `chinaDay`: it is compared with the days as they are, with no zone in between. An instant (timestamptz)
 * takes `chinaDaysSql` instead.
 */
export const chinaDatesSql = (day: string, from: string, until: string): string => `${day} >= (${from})::date AND ${day} < (${until})::date`;

/** The instant at which China year `year` begins (00:00 on 1 January in China, 16:00 UTC on 31 December before). */
export const chinaYearStart = (year: number): Date => new Date(Date.UTC(year, 0, 1) - OFFSET_MS);
