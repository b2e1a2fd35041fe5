import type { SqlConnection } from "./sql-connection";

const JOURNAL = "_tradegraph_seed";
const MIGRATIONS = "_tradegraph_migrations";
/** Kept whatever happens to the demo data: the audit log is append-only (a trigger refuses TRUNCATE). */
const AUDIT_LOG = "PersonalDataRead";

export interface SeedRecord {
  seed: number;
  scale: number;
}

/**
 * The journal: a row per seed the seed command began, `finished` once it wrote all its data. Journals from
 * before the column got a row only when a seed finished, hence its default.
 */
async function openJournal(sql: SqlConnection): Promise<void> {
  await sql.exec(
    `CREATE TABLE IF NOT EXISTS "${JOURNAL}" (seed integer NOT NULL, scale integer NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now());
     ALTER TABLE "${JOURNAL}" ADD COLUMN IF NOT EXISTS finished boolean NOT NULL DEFAULT true`,
  );
}

/** The demo data a database holds, if the seed command wrote it and finished. */
export async function readSeedRecord(sql: SqlConnection): Promise<SeedRecord | null> {
  await openJournal(sql);
  const [row] = await sql.query<SeedRecord>(`SELECT seed, scale FROM "${JOURNAL}" WHERE finished ORDER BY seeded_at DESC LIMIT 1`);
  return row ?? null;
}

async function applicationTables(sql: SqlConnection): Promise<string[]> {
  const rows = await sql.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ($1, $2, $3) ORDER BY tablename`,
    [JOURNAL, MIGRATIONS, AUDIT_LOG],
  );
  return rows.map((row) => row.tablename);
}

/**
 * Empties a database for new demo data and notes the seed as begun, until recordSeed marks it finished. A
 * database the seed command began seeding (finished or not: a seed that failed partway) is emptied; one that
 * holds rows the seed did not write (real documents) is refused: demo data must never replace them.
 */
export async function clearForSeed(sql: SqlConnection, department: string, record: SeedRecord): Promise<void> {
  await openJournal(sql);
  const tables = await applicationTables(sql);
  const [seeded] = await sql.query<{ present: boolean }>(`SELECT EXISTS (SELECT 1 FROM "${JOURNAL}") AS present`);
  if (!seeded?.present) {
    for (const table of tables) {
      const [row] = await sql.query<{ present: boolean }>(`SELECT EXISTS (SELECT 1 FROM "${table}") AS present`);
      if (row?.present) throw new Error(`the ${department} database holds data that the seed did not write ("${table}"); refusing to replace it`);
    }
  }
  // Emptied and noted as being seeded at once: whatever the seed then writes, the next seed may clear.
  await sql.transaction(async (tx) => {
    if (tables.length) await tx.exec(`TRUNCATE ${tables.map((table) => `"${table}"`).join(", ")} CASCADE`);
    await tx.query(`DELETE FROM "${JOURNAL}"`);
    await tx.query(`INSERT INTO "${JOURNAL}" (seed, scale, finished) VALUES ($1, $2, false)`, [record.seed, record.scale]);
  });
  // Document numbers (sequences no column owns) start again, so the same seed numbers its documents the same.
  const numbering = await sql.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'S' AND n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))`,
  );
  for (const { name } of numbering) await sql.exec(`ALTER SEQUENCE "${name}" RESTART`);
}

/** Marks the seed clearForSeed began as finished: the database holds the demo data of its record. */
export async function recordSeed(sql: SqlConnection): Promise<void> {
  await sql.query(`UPDATE "${JOURNAL}" SET finished = true, seeded_at = now() WHERE NOT finished`);
}
