import type { SqlConnection } from "./sql-connection";

const JOURNAL = "_tradegraph_seed";
const MIGRATIONS = "_tradegraph_migrations";
/** Kept whatever happens to the demo data: the audit log is append-only (a trigger refuses TRUNCATE). */
const AUDIT_LOG = "PersonalDataRead";

export interface SeedRecord {
  seed: number;
  scale: number;
}

/** The demo data a database holds, if the seed command wrote it (and finished). */
export async function readSeedRecord(sql: SqlConnection): Promise<SeedRecord | null> {
  await sql.exec(`CREATE TABLE IF NOT EXISTS "${JOURNAL}" (seed integer NOT NULL, scale integer NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now())`);
  const [row] = await sql.query<SeedRecord>(`SELECT seed, scale FROM "${JOURNAL}" ORDER BY seeded_at DESC LIMIT 1`);
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
 * Empties a database for new demo data. A database that holds rows the seed did not write (real
 * documents) is refused: demo data must never replace them.
 */
export async function clearForSeed(sql: SqlConnection, department: string): Promise<void> {
  const tables = await applicationTables(sql);
  if (tables.length === 0) return;
  if (!(await readSeedRecord(sql))) {
    for (const table of tables) {
      const [row] = await sql.query<{ present: boolean }>(`SELECT EXISTS (SELECT 1 FROM "${table}") AS present`);
      if (row?.present) throw new Error(`the ${department} database holds data that the seed did not write ("${table}"); refusing to replace it`);
    }
  }
  await sql.exec(`TRUNCATE ${tables.map((table) => `"${table}"`).join(", ")} CASCADE; DELETE FROM "${JOURNAL}"`);
  // Document numbers (sequences no column owns) start again, so the same seed numbers its documents the same.
  const numbering = await sql.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'S' AND n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))`,
  );
  for (const { name } of numbering) await sql.exec(`ALTER SEQUENCE "${name}" RESTART`);
}

export async function recordSeed(sql: SqlConnection, record: SeedRecord): Promise<void> {
  await sql.query(`INSERT INTO "${JOURNAL}" (seed, scale) VALUES ($1, $2)`, [record.seed, record.scale]);
}
