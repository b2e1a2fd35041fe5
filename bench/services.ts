/**
 * The department side of a benchmark, in its own process:
 *   --db pg                  fresh tradegraph_bench_<dept> PostgreSQL databases, migrated and seeded
 *   --db pglite:<dir>        the embedded databases in <dir>, migrated and seeded only if not yet
 *   --scale <n>              demo world size (200 orders per unit)
 *   --prepare                stop once the databases are ready (a cold start then finds them so)
 *   --gateway-port <port>    also our gateway in this process, as `npm start` runs it
 * Reports the subgraph URLs over IPC, counts SQL statements on request, and learns where the gateway is.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import type { DatabaseLocation } from "../lib/config";
import { DEPARTMENTS, type Department } from "../lib/departments";
import { stopOnSignals } from "../lib/shutdown";
import { startSubgraph, type RunningService } from "../lib/subgraph";
import { contextKey } from "../lib/trust/subgraph-context";
import { migrateAll, openDatabases, seedAll, startServices, type Databases } from "../scripts/system";
import { SERVICES } from "../subgraphs";
import { freshPostgresDatabase } from "../lib/db/postgres-admin";
import { benchDatabaseName, benchSecurity, secretsFromEnv, send, type ServicesCommand } from "./shared";

async function locations(db: string): Promise<Record<Department, DatabaseLocation>> {
  const located = {} as Record<Department, DatabaseLocation>;
  for (const department of DEPARTMENTS) {
    if (db === "pg") located[department] = { driver: "pg", url: await freshPostgresDatabase(benchDatabaseName(department)) };
    else if (db.startsWith("pglite:")) located[department] = { driver: "pglite", dataDir: path.join(db.slice("pglite:".length), department) };
    else throw new Error(`--db is pg or pglite:<dir>, not ${db}`);
  }
  return located;
}

/** Only the subgraphs: each gateway under test runs in a process of its own. */
async function startSubgraphs(databases: Databases, key: Uint8Array, gatewayUrl: () => string | undefined) {
  const services = {} as Record<Department, RunningService>;
  for (const department of DEPARTMENTS) {
    services[department] = await startSubgraph(SERVICES[department], databases[department], { port: 0, contextKey: key, gatewayUrl });
  }
  return services;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: "string", default: "pg" },
      scale: { type: "string", default: "1" },
      prepare: { type: "boolean" },
      "gateway-port": { type: "string" },
    },
  });
  const secrets = secretsFromEnv();
  const located = await locations(values.db!);
  const databases = await openDatabases((department) => located[department]);
  await migrateAll(databases);
  await seedAll(databases, { scale: Number(values.scale), onlyIfUnseeded: values.db !== "pg" });
  if (values.prepare) {
    await Promise.all(DEPARTMENTS.map((department) => databases[department].close()));
    return;
  }

  if (values["gateway-port"] !== undefined) {
    const system = await startServices(databases, {
      ports: { gateway: Number(values["gateway-port"]) },
      security: benchSecurity(secrets),
    });
    stopOnSignals(system.stop);
    send({
      type: "ready",
      urls: Object.fromEntries(DEPARTMENTS.map((d) => [d, system.services[d].url])) as Record<Department, string>,
      gatewayUrl: system.gatewayUrl,
    });
    return;
  }

  let gatewayUrl: string | undefined;
  const services = await startSubgraphs(databases, contextKey(secrets.contextSecret), () => gatewayUrl);
  process.on("message", (command: ServicesCommand) => {
    if (command.type === "gateway") {
      gatewayUrl = command.url;
      return;
    }
    if (command.type === "count-start") for (const department of DEPARTMENTS) databases[department].statements.reset();
    send({ type: "counts", counts: Object.fromEntries(DEPARTMENTS.map((d) => [d, databases[d].statements.count])) as Record<Department, number> });
  });
  stopOnSignals(async () => {
    for (const department of DEPARTMENTS) await services[department].stop();
    await Promise.all(DEPARTMENTS.map((department) => databases[department].close()));
  });
  send({ type: "ready", urls: Object.fromEntries(DEPARTMENTS.map((d) => [d, services[d].url])) as Record<Department, string> });
}

main().catch((error: unknown) => {
  console.error("bench services failed:", error);
  process.exit(1);
});
