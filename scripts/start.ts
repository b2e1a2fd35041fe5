/**
 * `npm start`: migrates, seeds on first run, and serves the five subgraphs and the gateway on the default
 * ports, on the embedded databases under .data/ (or PostgreSQL where DATABASE_URL_<DEPARTMENT> is set).
 */
import { DEFAULT_PORTS, GATEWAY_DEFAULT_PORT } from "../lib/departments";
import { migrateAll, openDatabases, seedAll, startServices } from "./system";

const began = Date.now();
const progress = (message: string) => console.log(`[${((Date.now() - began) / 1000).toFixed(1).padStart(5)}s] ${message}`);

async function main(): Promise<void> {
  const databases = await openDatabases(undefined, progress);
  await migrateAll(databases, progress);
  await seedAll(databases, { onlyIfUnseeded: true }, progress);
  const system = await startServices(databases, { ports: { ...DEFAULT_PORTS, gateway: GATEWAY_DEFAULT_PORT } }, progress);

  const [example] = await databases.customs.sql.query<{ ebpCode: string; orderNo: string }>(
    `SELECT "ebpCode", "orderNo" FROM "InventoryDeclaration" WHERE "returnStatus" = 800 ORDER BY "declTime" DESC, "copNo" DESC LIMIT 1`,
  );
  const query = `{ order(ebpCode: "${example?.ebpCode}", orderNo: "${example?.orderNo}") { orderNo acturalPaid platform { name creditProfile { creditClass } } payment { amountPaid payName } waybill { logisticsNo status tracking { status occurredAt } } declaration { invtNo returnStatus inspection { result } } } }`;
  progress(`ready: the graph is at ${system.gatewayUrl}`);
  console.log(`\nTry it (one order with its payment, waybill, declaration and the platform's credit, from five departments):\n`);
  console.log(`curl -s ${system.gatewayUrl} -H 'content-type: application/json' \\\n  -d '${JSON.stringify({ query })}'\n`);
  console.log("Ctrl-C stops everything.");

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await system.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error("start failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
