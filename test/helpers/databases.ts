import type { DatabaseLocation } from "../../lib/config";
import type { Department } from "../../lib/departments";
import { freshPostgresDatabase } from "../../lib/db/postgres-admin";

/**
 * Tests run on in-memory PGlite by default and on the machine's PostgreSQL with DB_DRIVER=pg
 * (TEST_PG_URL, default postgresql://postgres@127.0.0.1:5432). Each suite gets its own databases, so
 * suites can run in parallel, and starts from an empty schema. TEST_DB_PREFIX keeps the databases of two
 * checkouts testing on one server apart.
 */
export const usePostgres = process.env.DB_DRIVER === "pg";

export function databaseName(suite: string, department: Department): string {
  return `tradegraph_test_${process.env.TEST_DB_PREFIX ?? ""}${suite}_${department}`;
}

export async function testLocation(suite: string, department: Department): Promise<DatabaseLocation> {
  return usePostgres ? { driver: "pg", url: await freshPostgresDatabase(databaseName(suite, department)) } : { driver: "pglite" };
}
