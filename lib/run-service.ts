import { contextKey } from "./trust/subgraph-context";
import { databaseLocation, loadSecurityEnv, servicePort } from "./config";
import { GATEWAY_DEFAULT_PORT } from "./departments";
import { openDatabase, type PrismaLike } from "./db/database";
import { logger } from "./logger";
import { stopOnSignals } from "./shutdown";
import { startSubgraph, type DepartmentService } from "./subgraph";

/**
 * Runs one department's subgraph as its own process (production): its database from
 * DATABASE_URL_<DEPARTMENT> (or the embedded data directory), its port from PORT, its host from HOST,
 * the secret it shares with the gateway from TRADEGRAPH_CONTEXT_SECRET, and the gateway it reads other
 * departments through from GATEWAY_URL.
 * Migrations are not applied here: they run once per deploy with `npm run db:migrate`.
 */
export async function runService<Client extends PrismaLike, Loaders>(service: DepartmentService<Client, Loaders>): Promise<void> {
  const db = await openDatabase(service.name, databaseLocation(service.name), service.createClient);
  const running = await startSubgraph(service, db, {
    port: servicePort(service.name),
    host: process.env.HOST,
    contextKey: contextKey(loadSecurityEnv().TRADEGRAPH_CONTEXT_SECRET),
    gatewayUrl: () => process.env.GATEWAY_URL ?? `http://127.0.0.1:${GATEWAY_DEFAULT_PORT}/`,
  });
  stopOnSignals(async () => {
    await running.stop();
    await db.close();
  });
}

export function main(service: DepartmentService<PrismaLike, unknown>): void {
  runService(service).catch((error: unknown) => {
    logger.fatal({ err: error, service: service.name }, "service failed to start");
    process.exit(1);
  });
}
