import type { Department } from "../../lib/departments";
export { copyPostgresDatabase, dropPostgresDatabase, freshPostgresDatabase } from "../../lib/db/postgres-admin";

/**
 * Tests run on PGlite by default and on the machine's PostgreSQL with DB_DRIVER=pg
 * (TEST_PG_URL, default postgresql://postgres@127.0.0.1:5432). Each suite gets its own databases, so
 * suites can run in parallel. TEST_DB_PREFIX keeps the databases of two checkouts testing on one server apart.
 */
export const usePostgres = process.env.DB_DRIVER === "pg";

export function databaseName(suite: string, department: Department): string {
  return `tradegraph_test_${process.env.TEST_DB_PREFIX ?? ""}${suite}_${department}`;
}
