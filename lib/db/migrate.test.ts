import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { migrate, type Migration } from "./migrate";
import { freshPostgresDatabase } from "./postgres-admin";
import { pgConnection, pgliteConnection, type SqlConnection } from "./sql-connection";

const usePostgres = process.env.DB_DRIVER === "pg";

const migration = (name: string, sql: string): Migration => ({ name, sql, checksum: `sum-of-${sql}` });
const first = migration("0001_init", `CREATE TABLE "Thing" (id text PRIMARY KEY)`);
const second = migration("0002_more", `ALTER TABLE "Thing" ADD COLUMN label text; CREATE INDEX "Thing_label" ON "Thing" (label)`);

async function connect(): Promise<{ sql: SqlConnection; reconnect(): SqlConnection }> {
  if (usePostgres) {
    const url = await freshPostgresDatabase(`tradegraph_test_${process.env.TEST_DB_PREFIX ?? ""}migrate`);
    return { sql: pgConnection(new pg.Pool({ connectionString: url })), reconnect: () => pgConnection(new pg.Pool({ connectionString: url })) };
  }
  const sql = pgliteConnection(await PGlite.create());
  return { sql, reconnect: () => sql };
}

async function tables(sql: SqlConnection): Promise<string[]> {
  const rows = await sql.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  return rows.map((row) => row.tablename);
}

describe("the migration runner", () => {
  let sql: SqlConnection;
  let reconnect: () => SqlConnection;

  beforeEach(async () => {
    ({ sql, reconnect } = await connect());
  });

  afterEach(async () => {
    await sql.close();
  });

  it("applies pending migrations once and records them", async () => {
    expect(await migrate(sql, [first, second])).toEqual(["0001_init", "0002_more"]);
    expect(await migrate(sql, [first, second])).toEqual([]);
    expect(await tables(sql)).toEqual(["Thing", "_tradegraph_migrations"]);
    const journal = await sql.query<{ name: string }>(`SELECT name FROM "_tradegraph_migrations" ORDER BY name`);
    expect(journal.map((row) => row.name)).toEqual(["0001_init", "0002_more"]);
  });

  it("rolls a failing migration back entirely, journal row included", async () => {
    const broken = migration("0002_broken", `ALTER TABLE "Thing" ADD COLUMN label text; ALTER TABLE "Nothing" ADD COLUMN x int`);
    await migrate(sql, [first]);
    await expect(migrate(sql, [first, broken])).rejects.toThrow(/Nothing/);
    const columns = await sql.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'Thing'`);
    expect(columns.map((column) => column.column_name)).toEqual(["id"]);
    expect(await migrate(sql, [first, second])).toEqual(["0002_more"]);
  });

  it("refuses a recorded migration whose SQL changed", async () => {
    await migrate(sql, [first]);
    await expect(migrate(sql, [{ ...first, checksum: "edited" }])).rejects.toThrow(/0001_init was changed/);
  });

  (usePostgres ? it : it.skip)("applies each migration once when several processes start together", async () => {
    const others = Array.from({ length: 4 }, () => reconnect());
    try {
      const results = await Promise.all([sql, ...others].map((connection) => migrate(connection, [first, second])));
      expect(results.flat().sort()).toEqual(["0001_init", "0002_more"]);
    } finally {
      await Promise.all(others.map((connection) => connection.close()));
    }
  });
});
