import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * The raw driver under a department's Prisma client: migrations need multi-statement scripts and
 * advisory locks, which Prisma's prepared statements cannot run.
 */
export interface SqlConnection {
  readonly driver: "pglite" | "pg";
  exec(script: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  transaction<T>(work: (tx: Omit<SqlConnection, "transaction" | "close" | "pool">) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * Connections of a PostgreSQL pool (PGlite has one connection, in process, and no pool), and how many
   * the server dropped since the pool was opened.
   */
  pool?(): { total: number; idle: number; waiting: number; lost: number };
}

export function pgliteConnection(db: PGlite): SqlConnection {
  return {
    driver: "pglite",
    exec: async (script) => {
      await db.exec(script);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await db.query<Row>(sql, params)).rows,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          driver: "pglite",
          exec: async (script) => {
            await tx.exec(script);
          },
          query: async <Row>(sql: string, params?: unknown[]) => (await tx.query<Row>(sql, params)).rows,
        }),
      ),
    close: () => db.close(),
  };
}

export function pgConnection(pool: pg.Pool, lost: () => number = () => 0): SqlConnection {
  return {
    driver: "pg",
    exec: async (script) => {
      await pool.query(script);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as Row[],
    transaction: async (work) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await work({
          driver: "pg",
          exec: async (script) => {
            await client.query(script);
          },
          query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        // On a connection the server dropped, ROLLBACK fails too: the error to report is the first one,
        // and the client is discarded rather than handed to the next caller.
        await client.query("ROLLBACK").catch((rollback: Error) => (broken = rollback));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
    pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, lost: lost() }),
  };
}
