/**
 * Loading a national-size tariff (10,000 codes) on each database: the load the `loadTariff` mutation, the
 * `tariff:load` command and the seed share, timed end to end (parse, validate, one transaction), then the
 * first read of the new version (a list's first lookup after a load) and a read from the per-process cache.
 */
import path from "node:path";
import { openDatabase } from "../lib/db/database";
import { migrate, readMigrations } from "../lib/db/migrate";
import { freshPostgresDatabase } from "../lib/db/postgres-admin";
import { ROOT } from "../lib/paths";
import { syntheticTariff } from "../demo/tariff";
import { customs } from "../subgraphs/customs";
import { loadTariff, tariffOn } from "../subgraphs/customs/tariff";
import { round, table } from "./shared";

const ROWS = 10_000;
const FIRST_DAY = new Date("2027-01-01");

export async function runTariffLoad(): Promise<string> {
  const rows: Array<Array<string | number>> = [];
  for (const driver of ["pglite", "pg"] as const) {
    const location = driver === "pg" ? { driver, url: await freshPostgresDatabase("tradegraph_bench_tariff_customs") } : { driver };
    const db = await openDatabase("customs", location, customs.createClient);
    try {
      await migrate(db.sql, readMigrations(path.join(ROOT, "prisma", "customs", "migrations")));
      // A fresh PostgreSQL database of an earlier run still holds its versions: each run loads after them.
      const [latest] = await db.sql.query<{ day: string | null }>(`SELECT to_char(max("effectiveFrom") + 1, 'YYYY-MM-DD') AS day FROM "TariffVersion"`);
      const from = latest?.day ? new Date(latest.day) : FIRST_DAY;
      // Another table on each database, so that its first lookup reads the database, not the cache the other filled.
      const csv = syntheticTariff(ROWS, `${driver} ${from.toISOString()}`);
      const began = performance.now();
      const { version, created } = await loadTariff(db.prisma, csv, from, "bench", new Date());
      const loadSeconds = (performance.now() - began) / 1000;
      if (!created || version.rowCount !== ROWS) throw new Error(`the load did not create a version of ${ROWS} rows`);
      const cold = performance.now();
      const inForce = await tariffOn(db.prisma, from);
      const coldMs = performance.now() - cold;
      const warm = performance.now();
      await tariffOn(db.prisma, from);
      const warmMs = performance.now() - warm;
      if (inForce.rows.size !== ROWS) throw new Error(`the tariff in force holds ${inForce.rows.size} rows, not ${ROWS}`);
      rows.push([
        driver === "pg" ? "PostgreSQL" : "PGlite (embedded)",
        ROWS,
        round(loadSeconds, 2),
        round(ROWS / loadSeconds),
        round(coldMs),
        round(warmMs, 1),
      ]);
    } finally {
      await db.close();
    }
  }
  return table(["database", "rows", "load s", "rows/s", "first lookup ms", "cached lookup ms"], rows);
}
