import pg from "pg";

/** The PostgreSQL server that tests and benchmarks create their databases on (trust authentication, as on the development machines and CI). */
export const LOCAL_POSTGRES_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";

/** A database of that name on the server at `adminUrl` (created when missing) with an empty public schema; its URL. Tests and benchmarks start from it. */
export async function freshPostgresDatabase(name: string, adminUrl = LOCAL_POSTGRES_URL): Promise<string> {
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
