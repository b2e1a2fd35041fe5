import path from "node:path";
import { Redis } from "ioredis";
import { loadEnv, loadSecurityEnv } from "../lib/config";
import { corsOriginsFrom } from "../lib/http";
import { logger } from "../lib/logger";
import { parseRequestIdTrust } from "../lib/request-context";
import { ROOT } from "../lib/paths";
import type { GatewayOptions, GatewaySecurity } from "./gateway";
import { SIGNATURE_MODES, type SignatureMode } from "./endpoints/ceb-signature";
import { readLimitsFile } from "./security/limits-config";
import { keysFromFile, partnerKeysFile } from "./security/partner-keys";

export const DEFAULT_MANIFEST_FILE = path.join(ROOT, "gateway", "persisted-queries.json");

/** Who may call from a browser (CORS_ORIGINS) and whose request ids are kept (REQUEST_ID_TRUST): docs/operations.md. */
export function browserAccessFromEnv(source: NodeJS.ProcessEnv = process.env): Pick<GatewayOptions, "corsOrigins" | "requestIds"> {
  return { corsOrigins: corsOriginsFrom(source.CORS_ORIGINS), requestIds: parseRequestIdTrust(source.REQUEST_ID_TRUST) };
}

/** CEB_SIGNATURES (docs/operations.md): whether declared lists must carry ds:Signature; `fallback` when unset. */
export function cebSignaturesFromEnv(fallback: SignatureMode = "required", source: NodeJS.ProcessEnv = process.env): SignatureMode {
  const value = source.CEB_SIGNATURES ?? fallback;
  if (!(SIGNATURE_MODES as readonly string[]).includes(value)) throw new Error(`CEB_SIGNATURES must be ${SIGNATURE_MODES.join(" or ")}, got ${value}`);
  return value as SignatureMode;
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
    cebSignatures: cebSignaturesFromEnv(),
    ...browserAccessFromEnv(),
  };
}
