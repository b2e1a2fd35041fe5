import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseLocation } from "../config";
import type { Department } from "../departments";
import { pgConnection, pgliteConnection, type SqlConnection } from "./sql-connection";
import { StatementLog } from "./statement-log";

export interface PrismaLike {
  $disconnect(): Promise<void>;
}

/** A department's database: its own Prisma client plus the raw connection underneath for migrations. */
export interface Database<Client extends PrismaLike> {
  readonly department: Department;
  readonly prisma: Client;
  readonly sql: SqlConnection;
  readonly statements: StatementLog;
  close(): Promise<void>;
}

export type ClientFactory<Client> = (adapter: SqlDriverAdapterFactory) => Client;

export async function openDatabase<Client extends PrismaLike>(
  department: Department,
  location: DatabaseLocation,
  createClient: ClientFactory<Client>,
): Promise<Database<Client>> {
  const statements = new StatementLog();
  let sql: SqlConnection;
  let adapter: SqlDriverAdapterFactory;
  if (location.driver === "pg") {
    const pool = new pg.Pool({ connectionString: location.url, max: 10 });
    sql = pgConnection(pool);
    adapter = new PrismaPg(pool);
  } else {
    if (location.dataDir) mkdirSync(location.dataDir, { recursive: true });
    const pglite = await PGlite.create(location.dataDir);
    sql = pgliteConnection(pglite);
    // pglite-prisma-adapter 0.6 bundles an older driver-adapter-utils; the runtime contract is the same.
    adapter = new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory;
  }
  const prisma = createClient(statements.wrap(adapter));
  return {
    department,
    prisma,
    sql,
    statements,
    close: async () => {
      await prisma.$disconnect();
      await sql.close();
    },
  };
}
