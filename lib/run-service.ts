import { contextKey } from "./trust/subgraph-context";
import { databaseLocation, loadSecurityEnv, PORT_BASE_VARIABLE, portInUseAdvice, portVariable, servicePort, systemPorts } from "./config";
import { openDatabase, type PrismaLike } from "./db/database";
import { PortInUse } from "./http";
import { parseUrlList } from "./replicas";
import { logger } from "./logger";
import { startTracing } from "./tracing";
import { stopOnSignals } from "./shutdown";
import { startSubgraph, type DepartmentService } from "./subgraph";

/**
 * Runs one department's subgraph as its own process (production): its database from
 * DATABASE_URL_<DEPARTMENT> (or the embedded data directory), its port from PORT, its host from HOST,
 * the secret it shares with the gateway from TRADEGRAPH_CONTEXT_SECRET, and the gateway it reads other
 * departments through from GATEWAY_URL (by default the gateway's port as PORT_GATEWAY or PORT_BASE set it; several
 * comma-separated URLs for the gateway's replicas when nothing balances them, lib/replicas.ts).
 * Traces are exported when OTEL_EXPORTER_OTLP_ENDPOINT is set (lib/tracing.ts).
 * Migrations are not applied here: they run once per deploy with `npm run db:migrate`.
 */
export async function runService<Client extends PrismaLike, Loaders>(service: DepartmentService<Client, Loaders>): Promise<void> {
  const gatewayUrl = process.env.GATEWAY_URL ?? `http://127.0.0.1:${systemPorts().gateway}/`;
  // Checked before anything opens: a bad list stops the start instead of failing every read through the gateway.
  parseUrlList(gatewayUrl, "GATEWAY_URL");
  const tracing = startTracing(`tradegraph-${service.name}`);
  const db = await openDatabase(service.name, databaseLocation(service.name), service.createClient);
  const running = await startSubgraph(service, db, {
    port: servicePort(service.name),
    host: process.env.HOST,
    contextKey: contextKey(loadSecurityEnv().TRADEGRAPH_CONTEXT_SECRET),
    gatewayUrl: () => gatewayUrl,
  }).catch(async (error: unknown) => {
    await db.close();
    throw error instanceof PortInUse ? new Error(portInUseAdvice(service.name, error.port, ["PORT", portVariable(service.name), PORT_BASE_VARIABLE])) : error;
  });
  stopOnSignals(async () => {
    await running.stop();
    await db.close();
    await tracing.shutdown();
  });
}

export function main(service: DepartmentService<PrismaLike, unknown>): void {
  runService(service).catch((error: unknown) => {
    logger.fatal({ err: error, service: service.name }, "service failed to start");
    process.exit(1);
  });
}
