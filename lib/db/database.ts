import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseLocation } from "../config";
import type { Department } from "../departments";
import { logger } from "../logger";
import { lockDirectory } from "./directory-lock";
import { isDatabaseUnavailable } from "./faults";
import { pgConnection, pgliteConnection, type SqlConnection } from "./sql-connection";
import { StatementLog } from "./statement-log";

export interface PrismaLike {
  $disconnect(): Promise<void>;
}

/**
 * The engine itself, for a library that opens its own connections (the job engine, lib/service/jobs.ts):
 * the PostgreSQL URL, or the one in-process PGlite instance, which nothing else may open twice.
 */
export type DatabaseEngine = { driver: "pg"; url: string } | { driver: "pglite"; pglite: PGlite };

/** A department's database: its own Prisma client plus the raw connection underneath for migrations. */
export interface Database<Client extends PrismaLike> {
  readonly department: Department;
  readonly prisma: Client;
  readonly sql: SqlConnection;
  readonly engine: DatabaseEngine;
  readonly statements: StatementLog;
  close(): Promise<void>;
}

/**
 * How long a transaction may wait for its connection and then run. Every filing writes its document and its
 * event in one interactive transaction; Prisma's defaults (2 s to start, 5 s to run) would refuse filings
 * queued behind others on a busy database (50 at once on one embedded PGlite connection) as internal errors,
 * where they only had to wait their turn. The gateway's deadline still bounds the request.
 */
export const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 20_000 } as const;

export type ClientFactory<Client> = (adapter: SqlDriverAdapterFactory) => Client;

export async function openDatabase<Client extends PrismaLike>(
  department: Department,
  location: DatabaseLocation,
  createClient: ClientFactory<Client>,
): Promise<Database<Client>> {
  const statements = new StatementLog();
  let sql: SqlConnection;
  let engine: DatabaseEngine;
  let adapter: SqlDriverAdapterFactory;
  let release = () => {};
  if (location.driver === "pg") {
    const { pool, lost } = resilientPool(department, location.url);
    sql = pgConnection(pool, lost);
    engine = { driver: "pg", url: location.url };
    adapter = new PrismaPg(pool);
  } else {
    if (location.dataDir) {
      mkdirSync(location.dataDir, { recursive: true });
      release = lockDirectory(location.dataDir);
    }
    let pglite: PGlite;
    try {
      pglite = await PGlite.create(location.dataDir);
    } catch (error) {
      release();
      throw error;
    }
    sql = pgliteConnection(pglite);
    engine = { driver: "pglite", pglite };
    // pglite-prisma-adapter 0.6 bundles an older driver-adapter-utils; the runtime contract is the same.
    adapter = new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory;
  }
  const prisma = createClient(statements.wrap(adapter));
  return {
    department,
    prisma,
    sql,
    engine,
    statements,
    close: async () => {
      await prisma.$disconnect();
      await sql.close();
      release();
    },
  };
}

/** How long a dropped connection may stay checked out before the pool takes it back. */
const ABANDONED_CLIENT_MS = 10_000;

/**
 * A PostgreSQL pool that outlives its server: a connection the server drops (a restart, an administrator's
 * pg_terminate_backend, a network cut) emits 'error' on its client, and on the pool when it was idle, which
 * without a listener ends the process. Every client gets a listener as it is created, before Prisma or a
 * migration checks it out; the pool discards the broken client and opens a new one on the next query.
 */
function resilientPool(department: Department, connectionString: string): { pool: pg.Pool; lost: () => number } {
  const pool = new pg.Pool({ connectionString, max: 10 });
  const log = logger.child({ service: department, component: "database" });
  let count = 0;
  const counted = new WeakSet<pg.PoolClient>();
  const checkedOut = new Set<pg.PoolClient>();
  const lost = (client: pg.PoolClient, error: Error & { code?: string }) => {
    if (counted.has(client)) return;
    counted.add(client);
    count += 1;
    log.warn({ code: error.code, reason: error.message }, "database connection lost; it is replaced on the next query");
    if (!checkedOut.has(client)) return;
    // Prisma 6.19 never gives back a connection whose COMMIT failed (it marks the transaction committed and
    // then refuses to roll it back): each would hold a pool slot for good. A live holder of a dead connection
    // gives it back within Prisma's transaction timeout (5 s); one still out after ABANDONED_CLIENT_MS is released here.
    setTimeout(() => {
      if (!checkedOut.has(client)) return;
      log.warn("a dropped database connection was never given back; released so that the pool can replace it");
      client.release(error);
    }, ABANDONED_CLIENT_MS).unref();
  };
  // The pool itself re-emits an idle client's error after discarding the client: logged once, from the client.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", (error) => lost(client, error)));
  pool.on("acquire", (client) => checkedOut.add(client));
  // A connection dropped in the middle of a query fails that query, and the client comes back with it.
  pool.on("release", (error: Error | undefined, client) => {
    checkedOut.delete(client);
    if (error && isDatabaseUnavailable(error)) lost(client, error);
  });
  return { pool, lost: () => count };
}
