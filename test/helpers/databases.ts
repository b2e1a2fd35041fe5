import pg from "pg";
import type { DatabaseLocation } from "../../lib/config";
import type { Department } from "../../lib/departments";

/**
 * Tests run on in-memory PGlite by default and on the machine's PostgreSQL with DB_DRIVER=pg
 * (TEST_PG_URL, default postgresql://postgres@127.0.0.1:5432). Each suite gets its own databases, so
 * suites can run in parallel, and starts from an empty schema. TEST_DB_PREFIX keeps the databases of two
 * checkouts testing on one server apart.
 */
export const usePostgres = process.env.DB_DRIVER === "pg";
const adminUrl = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";

export function databaseName(suite: string, department: Department): string {
  return `tradegraph_test_${process.env.TEST_DB_PREFIX ?? ""}${suite}_${department}`;
}

export async function freshPostgresDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: `${adminUrl}/postgres` });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
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

export async function testLocation(suite: string, department: Department): Promise<DatabaseLocation> {
  return usePostgres ? { driver: "pg", url: await freshPostgresDatabase(databaseName(suite, department)) } : { driver: "pglite" };
}
