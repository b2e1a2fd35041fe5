/**
 * `npm run tariff:load -- <file> [--from YYYY-MM-DD]`: loads a tariff CSV into customs' database as a new
 * version in force from that China day (tomorrow when omitted), through the same load as the `loadTariff`
 * mutation. Any problem of the file loads nothing and lists every problem by line and column.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { GraphQLError } from "graphql";
import { databaseLocation } from "../lib/config";
import { openDatabase } from "../lib/db/database";
import { migrate, readMigrations } from "../lib/db/migrate";
import { ROOT } from "../lib/paths";
import { chinaDay } from "../lib/rules/china-time";
import { tariffProblemText, type TariffCsvProblem } from "../lib/rules/tariff";
import { now } from "../lib/clock";
import { customs } from "../subgraphs/customs";
import { loadTariff } from "../subgraphs/customs/tariff";

const DAY_MS = 86_400_000;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { from: { type: "string" } }, allowPositionals: true });
  if (positionals.length !== 1) fail("usage: npm run tariff:load -- <file.csv> [--from YYYY-MM-DD]");
  const from = values.from ?? chinaDay(new Date(now().getTime() + DAY_MS));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || Number.isNaN(Date.parse(from)) || new Date(from).toISOString().slice(0, 10) !== from) {
    fail(`--from must be a day as YYYY-MM-DD, got ${from}`);
  }
  let csv: string;
  try {
    csv = readFileSync(positionals[0]!, "utf8");
  } catch (error) {
    fail(`cannot read ${positionals[0]}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const db = await openDatabase("customs", databaseLocation("customs"), customs.createClient);
  try {
    await migrate(db.sql, readMigrations(path.join(ROOT, "prisma", "customs", "migrations")));
    const started = performance.now();
    const { version, created } = await loadTariff(db.prisma, csv, new Date(from), "command", now());
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      created
        ? `loaded tariff version ${version.id}: ${version.rowCount} codes in force from ${from} (${seconds} s)`
        : `unchanged: this table is already version ${version.id}, in force from ${chinaDay(version.effectiveFrom)}; nothing was loaded`,
    );
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const problems = (error.extensions.problems as TariffCsvProblem[] | undefined) ?? [];
    console.error(problems.length > 0 ? `${positionals[0]}: nothing was loaded; ${problems.length} problem(s):` : error.message);
    for (const problem of problems) console.error(`  ${tariffProblemText(problem)}`);
    process.exitCode = 2;
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error("tariff:load failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
