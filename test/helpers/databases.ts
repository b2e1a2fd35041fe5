import pg from "pg";
import type { Department } from "../../lib/departments";

/**
 * Tests run on PGlite by default and on the machine's PostgreSQL with DB_DRIVER=pg
 * (TEST_PG_URL, default postgresql://postgres@127.0.0.1:5432). Each suite gets its own databases, so
 * suites can run in parallel. TEST_DB_PREFIX keeps the databases of two checkouts testing on one server apart.
 */
export const usePostgres = process.env.DB_DRIVER === "pg";
const adminUrl = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";

export function databaseName(suite: string, department: Department): string {
  return `tradegraph_test_${process.env.TEST_DB_PREFIX ?? ""}${suite}_${department}`;
}

async function asAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: `${adminUrl}/postgres` });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** An empty database `name` (its public schema dropped and created again), by URL. */
export async function freshPostgresDatabase(name: string): Promise<string> {
  await asAdmin(async (admin) => {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  });
  const url = `${adminUrl}/${name}`;
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  } finally {
    await db.end();
  }
  return url;
}

/** Database `name` as a copy of `template` (which nobody may be connected to), replacing any earlier one; by URL. */
export async function copyPostgresDatabase(template: string, name: string): Promise<string> {
  await asAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  });
  return `${adminUrl}/${name}`;
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  await asAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
