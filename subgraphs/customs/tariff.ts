/**
 * The tariff as customs holds it (docs/domain.md#tariff): versions loaded from a CSV, each the whole table in
 * force from its China day until the next version's. Loading and reading it live here, for the command, the
 * `loadTariff` mutation, the demo seed and every check and tax of a list.
 */
import Decimal from "decimal.js";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../../lib/graphql/errors";
import { chinaDay } from "../../lib/rules/china-time";
import { parseTariffCsv, tariffProblemText, type TariffRow } from "../../lib/rules/tariff";
import type { Prisma, PrismaClient, TariffLine, TariffVersion } from "../../prisma/customs/generated/client";

/** The table in force on a China day: its rows by code, and the day, for messages. */
export interface TariffInForce {
  day: string;
  /** The version in force and its first day; null before any version. */
  version: { id: number; effectiveFrom: Date } | null;
  rows: ReadonlyMap<string, TariffRow>;
}

/** A code's row as the graph gives it (TariffLine), with the version it belongs to. */
export type TariffLineOf = TariffRow & { version: number; effectiveFrom: Date };

export interface TariffLoad {
  version: TariffVersion;
  /** False when the same table was already in force (from this day, or the latest version): nothing was written. */
  created: boolean;
}

/** A national tariff (~10,000 lines) on a busy machine: far above the seconds it takes, far below a hung load. */
const LOAD_TIMEOUT_MS = 120_000;
/** Serialises loads: two at once must not both see "no version from this day" (any fixed key; the tariff's own). */
const LOAD_LOCK = 7_301_013;

/** The China day of an instant, as the `Date` a DATE column holds (UTC midnight of that day). */
export const tariffDay = (instant: Date): Date => new Date(chinaDay(instant));

const refused = (message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions } });

/**
 * Validates a tariff CSV and loads it as a new version in force from `effectiveFrom` (a China day), in one
 * transaction: the open rows of the earlier version end that day, and the new rows start. Any problem of the
 * file refuses the whole load with every problem by line and column (`extensions.problems`). A version must
 * start after the latest one. Identical content changes nothing: the same file for the same day, or a table
 * identical to the latest version, answers that version with `created: false`.
 */
export async function loadTariff(prisma: PrismaClient, csv: string, effectiveFrom: Date, loadedBy: string, loadedAt: Date): Promise<TariffLoad> {
  const parsed = parseTariffCsv(csv);
  if (!parsed.ok) {
    const [first] = parsed.problems;
    throw refused(
      `csv: ${tariffProblemText(first!)}${parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more problems)` : ""}; nothing was loaded`,
      {
        field: "csv",
        problems: parsed.problems,
      },
    );
  }
  const from = tariffDay(effectiveFrom);
  const day = chinaDay(from);
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOAD_LOCK})`);
      const latest = await tx.tariffVersion.findFirst({ orderBy: { effectiveFrom: "desc" } });
      if (latest && latest.effectiveFrom <= from && latest.contentHash === parsed.contentHash) {
        return { version: latest, created: false };
      }
      if (latest && latest.effectiveFrom >= from) {
        const same = latest.effectiveFrom.getTime() === from.getTime();
        throw refused(
          `effectiveFrom: ${
            same
              ? `a different tariff (version ${latest.id}) is already in force from ${day}`
              : `the latest tariff (version ${latest.id}) is in force from ${chinaDay(latest.effectiveFrom)}`
          }; a new version must start after ${chinaDay(latest.effectiveFrom)}; nothing was loaded`,
          { field: "effectiveFrom" },
        );
      }
      const version = await tx.tariffVersion.create({
        data: { contentHash: parsed.contentHash, effectiveFrom: from, rowCount: parsed.rows.length, loadedBy, loadedAt },
      });
      await tx.tariffLine.updateMany({ where: { effectiveTo: null }, data: { effectiveTo: from } });
      await insertLines(tx, version.id, day, parsed.rows);
      return { version, created: true };
    },
    { timeout: LOAD_TIMEOUT_MS, maxWait: LOAD_TIMEOUT_MS },
  );
}

/** Columns of a tariff line as the CSV gives them (the rows' JSON keys), with their SQL types. */
const LINE_COLUMNS = [
  ["hs10", "char(10)"],
  ["nameZh", "text"],
  ["nameEn", "text"],
  ["unit1", "char(3)"],
  ["mfnRate", "numeric"],
  ["vatRate", "numeric"],
  ["vatClass", "varchar(8)"],
  ["consumptionTaxRate", "numeric"],
  ["consumptionTaxCondition", "text"],
  ["exportRebateRate", "numeric"],
  ["licenceRequired", "boolean"],
  ["exportDuty", "boolean"],
  ["confidence", "char(1)"],
] as const satisfies ReadonlyArray<readonly [keyof TariffRow, string]>;

/**
 * Inserts a version's lines in one statement, the rows passed as one JSON parameter: a national tariff
 * (~10,000 lines) in about a second on either database, where row-by-row parameters take many times that.
 */
async function insertLines(tx: Prisma.TransactionClient, versionId: number, day: string, rows: readonly TariffRow[]): Promise<void> {
  const names = LINE_COLUMNS.map(([name]) => `"${name}"`).join(", ");
  const types = LINE_COLUMNS.map(([name, type]) => `"${name}" ${type}`).join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "TariffLine" ("versionId", "effectiveFrom", "effectiveTo", ${names})
     SELECT $1::int, $2::date, NULL, ${names} FROM json_to_recordset($3::json) AS line(${types})`,
    versionId,
    day,
    JSON.stringify(rows),
  );
}

const rate = (value: Decimal.Value) => new Decimal(value.toString()).toFixed();

const rowOf = (line: TariffLine): TariffRow => ({
  hs10: line.hs10,
  nameZh: line.nameZh,
  nameEn: line.nameEn,
  vatRate: rate(line.vatRate),
  vatClass: line.vatClass === "reduced" ? "reduced" : "standard",
  consumptionTaxRate: rate(line.consumptionTaxRate),
  consumptionTaxCondition: line.consumptionTaxCondition,
  mfnRate: line.mfnRate === null ? null : rate(line.mfnRate),
  exportRebateRate: line.exportRebateRate === null ? null : rate(line.exportRebateRate),
  unit1: line.unit1,
  licenceRequired: line.licenceRequired,
  exportDuty: line.exportDuty,
  confidence: line.confidence === "V" ? "V" : "M",
});

/**
 * Tables already read, by content hash: a version never changes once loaded, so a list costs one indexed
 * query (which version is in force on its day), not one per line. Keyed by content, not by id, since one
 * process may serve several databases (the tests); a few versions are kept, the most recently used.
 */
const cache = new Map<string, ReadonlyMap<string, TariffRow>>();
const CACHED_VERSIONS = 8;

/** The tariff in force on the China day of `on` (empty when no version is in force yet). */
export async function tariffOn(prisma: PrismaClient, on: Date): Promise<TariffInForce> {
  const day = tariffDay(on);
  const version = await prisma.tariffVersion.findFirst({
    where: { effectiveFrom: { lte: day } },
    orderBy: { effectiveFrom: "desc" },
    select: { id: true, contentHash: true, effectiveFrom: true },
  });
  if (!version) return { day: chinaDay(day), version: null, rows: new Map() };
  let rows = cache.get(version.contentHash);
  if (rows) cache.delete(version.contentHash);
  else rows = new Map((await prisma.tariffLine.findMany({ where: { versionId: version.id } })).map((line) => [line.hs10, rowOf(line)]));
  cache.set(version.contentHash, rows);
  if (cache.size > CACHED_VERSIONS) cache.delete(cache.keys().next().value!);
  return { day: chinaDay(day), version: { id: version.id, effectiveFrom: version.effectiveFrom }, rows };
}

/** The message of a code the tariff in force on the day does not hold. */
export const notInTariff = (code: string, tariff: TariffInForce): string => `${code} is not in the tariff in force on ${tariff.day}`;
