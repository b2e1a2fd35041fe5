import path from "node:path";
import { z } from "zod";
import { databaseUrlVariable, DEFAULT_PORTS, DEPARTMENTS, GATEWAY_DEFAULT_PORT, type Department } from "./departments";
import { ROOT } from "./paths";

/** Where a department's database lives: a PostgreSQL URL, or a PGlite data directory (none = in memory). */
export type DatabaseLocation = { driver: "pg"; url: string } | { driver: "pglite"; dataDir?: string };

/**
 * Production's webhook retries (seconds): a minute doubling to an hour, with jitter, 29 times: at least 24 hours
 * before a delivery is parked (lib/service/jobs.test.ts computes the schedule).
 */
export const WEBHOOK_RETRY = { retryLimit: 29, retryDelay: 60, retryDelayMax: 3600 } as const;

const env = z.object({
  // The repository's .data/, whether the code runs from source or from dist/: one default for npm start,
  // npm run partner and the built services alike.
  TRADEGRAPH_DATA_DIR: z.string().min(1).default(path.join(ROOT, ".data")),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.string().optional(),
  /** The largest `first` a list accepts; raised only where a caller needs whole large pages (the benchmarks). */
  PAGE_SIZE_MAX: z.coerce.number().int().min(1).max(10_000).default(100),
  /** How often a department's sweep runs (once per period across its replicas); whole seconds. */
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(60_000),
  /** Webhook retries (customs): the first wait, the longest, and how many; production keeps WEBHOOK_RETRY. */
  WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(WEBHOOK_RETRY.retryDelay),
  WEBHOOK_RETRY_DELAY_MAX_SECONDS: z.coerce.number().int().min(1).max(86_400).default(WEBHOOK_RETRY.retryDelayMax),
  WEBHOOK_RETRY_LIMIT: z.coerce.number().int().min(0).max(1000).default(WEBHOOK_RETRY.retryLimit),
  /** How long one webhook attempt may take before it counts as failed. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
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

export type ServiceName = Department | "gateway";

/** Moves every port of `npm start` at once: the gateway at the base, each department at its default's distance from 4000. */
export const PORT_BASE_VARIABLE = "PORT_BASE";
/** Moves one service's port (PORT_GATEWAY, PORT_CUSTOMS, …), before PORT_BASE. */
export const portVariable = (service: ServiceName): string => `PORT_${service.toUpperCase()}`;

function portFrom(variable: string, value: string): number {
  const port = z.coerce.number().int().min(0).max(65535).safeParse(value);
  if (!port.success) throw new Error(`${variable} must be a port number (0–65535), got ${value}`);
  return port.data;
}

/** Where each service of one system listens: PORT_<SERVICE>, else PORT_BASE + the default offset, else the defaults (4000, 4101–4105). */
export function systemPorts(source: NodeJS.ProcessEnv = process.env): Record<ServiceName, number> {
  const base = source[PORT_BASE_VARIABLE] === undefined ? GATEWAY_DEFAULT_PORT : portFrom(PORT_BASE_VARIABLE, source[PORT_BASE_VARIABLE]);
  const offsets: Record<ServiceName, number> = {
    gateway: 0,
    ...(Object.fromEntries(DEPARTMENTS.map((department) => [department, DEFAULT_PORTS[department] - GATEWAY_DEFAULT_PORT])) as Record<Department, number>),
  };
  const ports = {} as Record<ServiceName, number>;
  for (const [service, offset] of Object.entries(offsets) as Array<[ServiceName, number]>) {
    const own = source[portVariable(service)];
    ports[service] = own === undefined ? base + offset : portFrom(portVariable(service), own);
    if (ports[service] > 65535)
      throw new Error(`${PORT_BASE_VARIABLE}=${base} puts ${service} at ${ports[service]}, past 65535: choose a base of at most ${65535 - 105}`);
  }
  return ports;
}

/** One service run alone (production): PORT, else as in systemPorts. */
export function servicePort(service: ServiceName, source: NodeJS.ProcessEnv = process.env): number {
  return source.PORT === undefined ? systemPorts(source)[service] : portFrom("PORT", source.PORT);
}

/** What to tell the operator when a service's port is taken: the variables that move it. */
export function portInUseAdvice(service: string, port: number, variables: readonly string[]): string {
  return `${service}: port ${port} is already in use (another copy of Tradegraph, or another program). Set ${variables.join(" or ")} to move it.`;
}
