import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { clearForSeed, readSeedRecord, recordSeed } from "./seed-journal";
import { freshPostgresDatabase } from "./postgres-admin";
import { pgConnection, pgliteConnection, type SqlConnection } from "./sql-connection";

const usePostgres = process.env.DB_DRIVER === "pg";

async function connect(): Promise<SqlConnection> {
  if (usePostgres) {
    const url = await freshPostgresDatabase(`tradegraph_test_${process.env.TEST_DB_PREFIX ?? ""}seed_journal`);
    return pgConnection(new pg.Pool({ connectionString: url }));
  }
  return pgliteConnection(await PGlite.create());
}

/** A department's schema in small: a document table and a document number no column owns. */
const SCHEMA = `CREATE TABLE "Filing" (filing_no text PRIMARY KEY); CREATE SEQUENCE filing_no_seq`;

/** What a department's seed writes: documents numbered from the sequence; `failAfter` throws once that many are in (each its own commit). */
async function seed(sql: SqlConnection, count: number, failAfter?: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    if (i === failAfter) throw new Error("CIQ numbered the demo world's filing otherwise: its numbering did not start afresh");
    await sql.query(`INSERT INTO "Filing" SELECT 'QY' || nextval('filing_no_seq')`);
  }
}

const filings = async (sql: SqlConnection) =>
  (await sql.query<{ filing_no: string }>(`SELECT filing_no FROM "Filing" ORDER BY filing_no`)).map((row) => row.filing_no);

describe("the seed journal", () => {
  let sql: SqlConnection;

  beforeEach(async () => {
    sql = await connect();
    await sql.exec(SCHEMA);
  });

  afterEach(async () => {
    await sql.close();
  });

  it("seeds again over a seed that failed partway, which never counts as seeded", async () => {
    await clearForSeed(sql, "ciq", { seed: 7, scale: 1 });
    await expect(seed(sql, 3, 2)).rejects.toThrow("did not start afresh");
    expect(await filings(sql)).toEqual(["QY1", "QY2"]);
    expect(await readSeedRecord(sql)).toBeNull();

    await clearForSeed(sql, "ciq", { seed: 7, scale: 1 });
    await seed(sql, 3);
    await recordSeed(sql);
    expect(await filings(sql)).toEqual(["QY1", "QY2", "QY3"]);
    expect(await readSeedRecord(sql)).toEqual({ seed: 7, scale: 1 });
  });

  it("replaces a finished seed's data with another seed's", async () => {
    await clearForSeed(sql, "ciq", { seed: 7, scale: 1 });
    await seed(sql, 2);
    await recordSeed(sql);
    await clearForSeed(sql, "ciq", { seed: 8, scale: 2 });
    expect(await readSeedRecord(sql)).toBeNull();
    await seed(sql, 1);
    await recordSeed(sql);
    expect(await filings(sql)).toEqual(["QY1"]);
    expect(await readSeedRecord(sql)).toEqual({ seed: 8, scale: 2 });
  });

  it("refuses a database holding data the seed did not write, and leaves it as it was", async () => {
    await sql.query(`INSERT INTO "Filing" VALUES ('QY-REAL')`);
    await expect(clearForSeed(sql, "ciq", { seed: 7, scale: 1 })).rejects.toThrow(
      `the ciq database holds data that the seed did not write ("Filing"); refusing to replace it`,
    );
    expect(await filings(sql)).toEqual(["QY-REAL"]);
    expect(await readSeedRecord(sql)).toBeNull();
    await expect(clearForSeed(sql, "ciq", { seed: 7, scale: 1 })).rejects.toThrow("refusing to replace it");
  });

  it("counts a journal written before seeds were noted as begun (a row only once finished) as a finished seed", async () => {
    await sql.exec(`CREATE TABLE "_tradegraph_seed" (seed integer NOT NULL, scale integer NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now());
      INSERT INTO "_tradegraph_seed" (seed, scale) VALUES (5, 1); INSERT INTO "Filing" VALUES ('QY1')`);
    expect(await readSeedRecord(sql)).toEqual({ seed: 5, scale: 1 });
    await clearForSeed(sql, "ciq", { seed: 6, scale: 1 });
    expect(await filings(sql)).toEqual([]);
  });
});
