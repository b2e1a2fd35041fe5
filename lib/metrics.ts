import { Counter, Gauge, Registry, collectDefaultMetrics } from "prom-client";
import type { SqlConnection } from "./db/sql-connection";
import type { Route } from "./http";

/** When the single window's relay last read each department's outbox to its end (transport time, ms since the epoch). */
const relayCaughtUp = new Map<string, number>();

/**
 * Tells the relay-lag metric that the relay read `department`'s outbox to its end at `at` (or, with `start`, that
 * it began relaying it then, so that a department that never answers shows a lag growing from the relay's start).
 */
export function markRelayCaughtUp(department: string, at: number, start = false): void {
  if (!start || !relayCaughtUp.has(department)) relayCaughtUp.set(department, at);
}

/**
 * A subgraph's Prometheus metrics at /metrics: GraphQL requests by outcome, and the PostgreSQL pool's
 * connections (total, idle, waiting) and those the server dropped, when the department runs on PostgreSQL.
 */
export function createSubgraphMetrics(service: string, sql: SqlConnection) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: "tradegraph_subgraph_" });
  const requests = new Counter({
    name: "tradegraph_subgraph_requests_total",
    help: "GraphQL requests a subgraph answered, by outcome",
    labelNames: ["outcome"],
    registers: [registry],
  });
  new Gauge({
    name: "tradegraph_relay_lag_seconds",
    help: "Seconds since the single window's relay last read a department's outbox to its end (customs; grows while a department does not answer or has a backlog)",
    labelNames: ["department"],
    registers: [registry],
    collect() {
      const at = Date.now();
      for (const [department, caughtUp] of relayCaughtUp) this.set({ department }, (at - caughtUp) / 1000);
    },
  });
  if (sql.pool) {
    const pool = sql.pool.bind(sql);
    new Gauge({
      name: "tradegraph_subgraph_db_pool_connections",
      help: "PostgreSQL pool connections of the department's database, by state",
      labelNames: ["state"],
      registers: [registry],
      collect() {
        const { total, idle, waiting } = pool();
        this.set({ state: "total" }, total);
        this.set({ state: "idle" }, idle);
        this.set({ state: "waiting" }, waiting);
      },
    });
    let counted = 0;
    new Counter({
      name: "tradegraph_subgraph_db_connections_lost_total",
      help: "PostgreSQL connections the server dropped (a restart, pg_terminate_backend, a network cut); each is replaced on the next query",
      registers: [registry],
      collect() {
        const { lost } = pool();
        this.inc(lost - counted);
        counted = lost;
      },
    });
  }
  const route: Route = async () => ({ status: 200, contentType: registry.contentType, body: await registry.metrics() });
  return { registry, route, count: (outcome: "ok" | "error") => requests.inc({ outcome }) };
}
