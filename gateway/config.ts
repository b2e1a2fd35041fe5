import path from "node:path";
import { Redis } from "ioredis";
import { loadEnv, loadSecurityEnv } from "../lib/config";
import { corsOriginsFrom } from "../lib/http";
import { logger } from "../lib/logger";
import { parseRequestIdTrust } from "../lib/request-context";
import { ROOT } from "../lib/paths";
import type { GatewayOptions, GatewaySecurity } from "./gateway";
import { readLimitsFile } from "./security/limits-config";
import { keysFromFile, partnerKeysFile } from "./security/partner-keys";

export const DEFAULT_MANIFEST_FILE = path.join(ROOT, "gateway", "persisted-queries.json");

/** Who may call from a browser (CORS_ORIGINS) and whose request ids are kept (REQUEST_ID_TRUST): docs/operations.md. */
export function browserAccessFromEnv(source: NodeJS.ProcessEnv = process.env): Pick<GatewayOptions, "corsOrigins" | "requestIds"> {
  return { corsOrigins: corsOriginsFrom(source.CORS_ORIGINS), requestIds: parseRequestIdTrust(source.REQUEST_ID_TRUST) };
}

/** The gateway's security settings from the environment (README, "Configuration"). */
export function securityFromEnv(): GatewaySecurity {
  const env = loadSecurityEnv();
  return {
    auth: {
      secret: env.JWT_SECRET,
      jwksUrl: env.JWT_JWKS_URL,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      partners: keysFromFile(partnerKeysFile(), (error) => logger.error({ err: error }, "partner key file not loaded; keeping the keys last read")),
    },
    contextSecret: env.TRADEGRAPH_CONTEXT_SECRET,
    manifestFile: env.PERSISTED_QUERIES_FILE ?? DEFAULT_MANIFEST_FILE,
    redis: env.REDIS_URL ? new Redis(env.REDIS_URL) : undefined,
    introspection: loadEnv().NODE_ENV !== "production",
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    requestDeadlineMs: env.REQUEST_DEADLINE_MS,
    ...readLimitsFile(env.GATEWAY_LIMITS_FILE),
    ...browserAccessFromEnv(),
  };
}
