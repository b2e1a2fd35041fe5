import pg from "pg";

/** The PostgreSQL server that tests and benchmarks create their databases on (trust authentication, as on the development machines and CI). */
export const LOCAL_POSTGRES_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";

async function asAdmin<T>(adminUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: `${adminUrl}/postgres` });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** A database of that name on the server at `adminUrl` (created when missing) with an empty public schema; its URL. Tests and benchmarks start from it. */
export async function freshPostgresDatabase(name: string, adminUrl = LOCAL_POSTGRES_URL): Promise<string> {
  await asAdmin(adminUrl, async (admin) => {
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

/** Database `name` as a copy of `template` (which nobody may be connected to), replacing any earlier one; its URL. */
export async function copyPostgresDatabase(template: string, name: string, adminUrl = LOCAL_POSTGRES_URL): Promise<string> {
  await asAdmin(adminUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  });
  return `${adminUrl}/${name}`;
}

export async function dropPostgresDatabase(name: string, adminUrl = LOCAL_POSTGRES_URL): Promise<void> {
  await asAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
