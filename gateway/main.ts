/**
 * Serves any composed supergraph:
 *   node dist/gateway/main.js --supergraph supergraph.graphql --port 4000
 * or SUPERGRAPH_PATH / PORT; SUBGRAPH_URL_<DEPARTMENT> points a department at another address.
 * Security settings come from the environment (README, "Configuration").
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { Redis } from "ioredis";
import { loadEnv, loadSecurityEnv } from "../lib/config";
import { GATEWAY_DEFAULT_PORT } from "../lib/departments";
import { logger } from "../lib/logger";
import { ROOT } from "../lib/paths";
import { startGateway } from "./gateway";
import { readLimitsFile } from "./plugins/limits-config";
import { keysFromFile } from "./plugins/partner-keys";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { supergraph: { type: "string" }, port: { type: "string" }, host: { type: "string" } },
  });
  const supergraphPath = path.resolve(values.supergraph ?? process.env.SUPERGRAPH_PATH ?? path.join(ROOT, "supergraph.graphql"));
  const port = Number(values.port ?? process.env.PORT ?? GATEWAY_DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${values.port ?? process.env.PORT}`);
  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(supergraphPath, "utf8");
  } catch {
    throw new Error(`cannot read the supergraph ${supergraphPath}`);
  }
  const security = loadSecurityEnv();
  const subgraphUrls = Object.fromEntries(
    Object.entries(process.env)
      .filter(([name, value]) => name.startsWith("SUBGRAPH_URL_") && value)
      .map(([name, value]) => [name.slice("SUBGRAPH_URL_".length).toLowerCase(), value]),
  );
  await startGateway({
    supergraphSdl,
    subgraphUrls,
    port,
    host: values.host ?? process.env.HOST,
    contextSecret: security.TRADEGRAPH_CONTEXT_SECRET,
    auth: {
      secret: security.JWT_SECRET,
      jwksUrl: security.JWT_JWKS_URL,
      issuer: security.JWT_ISSUER,
      audience: security.JWT_AUDIENCE,
      partners: keysFromFile(security.PARTNER_KEYS_FILE ?? path.join(loadEnv().TRADEGRAPH_DATA_DIR, "partner-keys.json"), (error) =>
        logger.error({ err: error }, "partner key file not loaded; keeping the keys last read"),
      ),
    },
    manifestFile: security.PERSISTED_QUERIES_FILE ?? path.join(ROOT, "gateway", "persisted-queries.json"),
    redis: security.REDIS_URL ? new Redis(security.REDIS_URL) : undefined,
    introspection: loadEnv().NODE_ENV !== "production",
    ...readLimitsFile(security.GATEWAY_LIMITS_FILE),
  });
}

main().catch((error: unknown) => {
  console.error("gateway failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
