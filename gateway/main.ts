/**
 * Serves any composed supergraph:
 *   node dist/gateway/main.js --supergraph supergraph.graphql --port 4000
 * or SUPERGRAPH_PATH / PORT (else PORT_GATEWAY, PORT_BASE, 4000); SUBGRAPH_URL_<DEPARTMENT> points a department at another address. A new
 * composition written to the file is served from the next second on; one that does not load is ignored.
 * Security settings come from the environment (README, "Configuration").
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PORT_BASE_VARIABLE, portInUseAdvice, portVariable, servicePort } from "../lib/config";
import { PortInUse } from "../lib/http";
import { ROOT } from "../lib/paths";
import { stopOnSignals } from "../lib/shutdown";
import { startTracing } from "../lib/tracing";
import { securityFromEnv } from "./config";
import { startGateway } from "./gateway";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { supergraph: { type: "string" }, port: { type: "string" }, host: { type: "string" } },
  });
  const supergraphPath = path.resolve(values.supergraph ?? process.env.SUPERGRAPH_PATH ?? path.join(ROOT, "supergraph.graphql"));
  const port = values.port === undefined ? servicePort("gateway") : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${values.port}`);
  try {
    readFileSync(supergraphPath, "utf8");
  } catch {
    throw new Error(`cannot read the supergraph ${supergraphPath}`);
  }
  const subgraphUrls = Object.fromEntries(
    Object.entries(process.env)
      .filter(([name, value]) => name.startsWith("SUBGRAPH_URL_") && value)
      .map(([name, value]) => [name.slice("SUBGRAPH_URL_".length).toLowerCase(), value]),
  );
  const tracing = startTracing("tradegraph-gateway");
  const gateway = await startGateway({
    supergraphFile: supergraphPath,
    subgraphUrls,
    port,
    host: values.host ?? process.env.HOST,
    ...securityFromEnv(),
  }).catch((error: unknown) => {
    throw error instanceof PortInUse ? new Error(portInUseAdvice("gateway", port, ["--port", "PORT", portVariable("gateway"), PORT_BASE_VARIABLE])) : error;
  });
  stopOnSignals(async () => {
    await gateway.stop();
    await tracing.shutdown();
  });
}

main().catch((error: unknown) => {
  console.error("gateway failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
