import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { migrate, readMigrations } from "../lib/db/migrate";
import { freshPostgresDatabase } from "../lib/db/postgres-admin";
import { pgConnection, pgliteConnection, type SqlConnection } from "../lib/db/sql-connection";

/** Migration 0008 on registrations revoked before revocations had a category. */
const migrations = readMigrations("prisma/credit/migrations");
const before = migrations.filter((migration) => migration.name < "0008");
const ours = migrations.find((migration) => migration.name === "0008_revoked_registration_category")!;

async function connect(): Promise<SqlConnection> {
  if (process.env.DB_DRIVER === "pg") {
    const url = await freshPostgresDatabase(`tradegraph_test_${process.env.TEST_DB_PREFIX ?? ""}revocation_migration`);
    return pgConnection(new pg.Pool({ connectionString: url }));
  }
  return pgliteConnection(await PGlite.create());
}

const STEPS: Array<[uscc: string, version: number, status: string, category: string | null]> = [
  ["REFUSED", 1, "PENDING", null],
  ["REFUSED", 2, "REVOKED", null],
  ["REVOKED", 1, "PENDING", null],
  ["REVOKED", 2, "ACTIVE", null],
  ["REVOKED", 3, "REVOKED", null],
  ["SMUGGLER", 1, "ACTIVE", null],
  ["SMUGGLER", 2, "REVOKED", "SMUGGLING"],
];

describe("migration 0008: a category for every revoked registration", () => {
  let sql: SqlConnection;
  beforeAll(async () => {
    sql = await connect();
    await migrate(sql, before);
    for (const uscc of new Set(STEPS.map(([uscc]) => uscc))) {
      await sql.query(
        `INSERT INTO "Enterprise" (uscc, name, roles, "districtCode", "registeredOn", status) VALUES ($1, 'n', '{}', '460100', '2025-01-01', 'REVOKED')`,
        [uscc],
      );
    }
    for (const [uscc, version, status, category] of STEPS) {
      await sql.query(
        `INSERT INTO "EnterpriseVersion" (uscc, version, reference, status, "effectiveOn", name, roles, "districtCode", "contactsChanged", actor, "actorRole", reason, at, "revocationCategory")
         VALUES ($1::varchar, $2::int, $1::text || $2::text, $3::"EnterpriseStatus", '2025-01-01', 'n', '{}', '460100', false, 'a', 'staff', 'r', now(), $4::"RevocationCategory")`,
        [uscc, version, status, category],
      );
    }
    expect(await migrate(sql, [...before, ours])).toEqual([ours.name]);
  });
  afterAll(() => sql.close());

  it("gives a refused application APPLICATION_REFUSED, another revocation OTHER, and keeps a category already given", async () => {
    const rows = await sql.query<{ uscc: string; version: number; revocationCategory: string | null }>(
      `SELECT uscc, version, "revocationCategory" FROM "EnterpriseVersion" ORDER BY uscc, version`,
    );
    expect(rows.filter((row) => row.revocationCategory !== null)).toEqual([
      { uscc: "REFUSED", version: 2, revocationCategory: "APPLICATION_REFUSED" },
      { uscc: "REVOKED", version: 3, revocationCategory: "OTHER" },
      { uscc: "SMUGGLER", version: 2, revocationCategory: "SMUGGLING" },
    ]);
    // The history is append-only again afterwards.
    await expect(sql.query(`UPDATE "EnterpriseVersion" SET reason = 'x'`)).rejects.toThrow(/append-only/);
  });
});
