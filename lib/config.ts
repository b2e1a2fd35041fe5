import path from "node:path";
import { z } from "zod";
import { databaseUrlVariable, DEFAULT_PORTS, type Department } from "./departments";
import { ROOT } from "./paths";

/** Where a department's database lives: a PostgreSQL URL, or a PGlite data directory (none = in memory). */
export type DatabaseLocation = { driver: "pg"; url: string } | { driver: "pglite"; dataDir?: string };

const env = z.object({
  // The repository's .data/, whether the code runs from source or from dist/: one default for npm start,
  // npm run partner and the built services alike.
  TRADEGRAPH_DATA_DIR: z.string().min(1).default(path.join(ROOT, ".data")),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.string().optional(),
  /** The largest `first` a list accepts; raised only where a caller needs whole large pages (the benchmarks). */
  PAGE_SIZE_MAX: z.coerce.number().int().min(1).max(10_000).default(100),
});

/** What the gateway and the subgraphs need to trust each other and their callers, from the environment. */
const securityEnv = z.object({
  TRADEGRAPH_CONTEXT_SECRET: z.string().min(32, "TRADEGRAPH_CONTEXT_SECRET must be at least 32 characters"),
  JWT_SECRET: z.string().min(32, "JWT_SECRET must be at least 32 characters").optional(),
  JWT_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  JWT_ISSUER: z.string().min(1).default("tradegraph"),
  JWT_AUDIENCE: z.string().min(1).default("tradegraph-gateway"),
  PARTNER_KEYS_FILE: z.string().min(1).optional(),
  PERSISTED_QUERIES_FILE: z.string().min(1).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  GATEWAY_LIMITS_FILE: z.string().min(1).optional(),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
  REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).max(300_000).optional(),
});

export function loadSecurityEnv(source: NodeJS.ProcessEnv = process.env) {
  const parsed = securityEnv.safeParse(source);
  if (!parsed.success) throw new Error(`invalid environment: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env) {
  const parsed = env.safeParse(source);
  if (!parsed.success) throw new Error(`invalid environment: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** PostgreSQL when DATABASE_URL_<DEPARTMENT> is set, otherwise the embedded PGlite data directory. */
export function databaseLocation(department: Department, source: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  const url = source[databaseUrlVariable(department)];
  if (url) {
    const parsed = z.url({ protocol: /^postgres(ql)?$/ }).safeParse(url);
    if (!parsed.success) throw new Error(`${databaseUrlVariable(department)} must be a postgresql:// URL`);
    return { driver: "pg", url };
  }
  return { driver: "pglite", dataDir: path.join(loadEnv(source).TRADEGRAPH_DATA_DIR, department) };
}

export function servicePort(department: Department, source: NodeJS.ProcessEnv = process.env): number {
  const value = source.PORT ?? source[`PORT_${department.toUpperCase()}`];
  if (value === undefined) return DEFAULT_PORTS[department];
  const port = z.coerce.number().int().min(0).max(65535).safeParse(value);
  if (!port.success) throw new Error(`PORT must be a port number, got ${value}`);
  return port.data;
}
