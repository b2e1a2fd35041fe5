import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SqlConnection } from "./sql-connection";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(directory: string): Migration[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => /^\d{4}_/.test(name))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(directory, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const JOURNAL = "_tradegraph_migrations";
// Any constant serves; it only has to be the same for every process migrating the same database.
const MIGRATION_LOCK = 7_402_118;

/**
 * Applies the migrations not yet recorded in the journal, each in its own transaction together with its
 * journal row, under an advisory lock so that concurrent starts cannot apply one twice. A recorded
 * migration whose file has changed since is refused: history is never rewritten silently.
 */
export async function migrate(sql: SqlConnection, migrations: Migration[]): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await sql.transaction(async (tx) => {
      // The lock comes first: even CREATE TABLE IF NOT EXISTS races when two processes run it at once.
      await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await tx.exec(`CREATE TABLE IF NOT EXISTS "${JOURNAL}" (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const [recorded] = await tx.query<{ checksum: string }>(`SELECT checksum FROM "${JOURNAL}" WHERE name = $1`, [migration.name]);
      if (recorded) {
        if (recorded.checksum !== migration.checksum) {
          throw new Error(`migration ${migration.name} was changed after it was applied; add a new migration instead`);
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query(`INSERT INTO "${JOURNAL}" (name, checksum) VALUES ($1, $2)`, [migration.name, migration.checksum]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}
