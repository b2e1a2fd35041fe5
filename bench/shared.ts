/**
 * What the benchmark processes share: the secrets and identity every gateway uses, the messages between
 * the orchestrator and its children, child processes with their memory, and load generation.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { ROLES, type Identity, type Role } from "../lib/auth/identity";
import type { Department } from "../lib/departments";
import { ROOT } from "../lib/paths";
import type { GatewaySecurity } from "../gateway/gateway";
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, type AuthOptions } from "../gateway/security/auth";
import { DEFAULT_LIMITS, type OperationLimits } from "../gateway/security/limits";
import { keysIn } from "../gateway/security/partner-keys";
import type { RateLimit } from "../gateway/security/rate-limit";

/** The gateways of the peer comparison on the departments' workload. */
export const GATEWAY_KINDS = ["tradegraph", "apollo", "hive"] as const;
export type GatewayKind = (typeof GATEWAY_KINDS)[number];
/** Every gateway bench/gateway.ts can start: those, and Hive as the public benchmark configures it. */
export const ALL_GATEWAY_KINDS = [...GATEWAY_KINDS, "hive-jit"] as const;
export type AnyGatewayKind = (typeof ALL_GATEWAY_KINDS)[number];

/** The 1,000-item list needs pages past the default ceiling of 100. */
export const BENCH_PAGE_SIZE_MAX = 1000;

/** Drawn by the orchestrator for each run and handed to its children, so no secret outlives the run. */
export interface BenchSecrets {
  contextSecret: string;
  jwtSecret: string;
}

export function secretsFromEnv(): BenchSecrets {
  const contextSecret = process.env.BENCH_CONTEXT_SECRET;
  const jwtSecret = process.env.BENCH_JWT_SECRET;
  if (!contextSecret || !jwtSecret) throw new Error("BENCH_CONTEXT_SECRET and BENCH_JWT_SECRET are set by bench/main.ts");
  return { contextSecret, jwtSecret };
}

/** Who the peers act as: the analyst our gateway derives from the bench's JWT, fixed instead of verified. */
export const PEER_IDENTITY: Identity = { subject: "bench-analyst", role: "analyst", usccs: [], requestId: "bench-peer" };

export function benchAuth(jwtSecret: string): AuthOptions {
  return { secret: jwtSecret, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, partners: keysIn({ partners: [] }) };
}

/** The default limits, with a cost ceiling the 1,000-item list fits under (it costs about 20,000 per 1,000 rows). */
export const BENCH_LIMITS = Object.fromEntries(ROLES.map((role) => [role, { ...DEFAULT_LIMITS[role], maxCost: 1_000_000 }])) as Record<Role, OperationLimits>;
/** As in the tests: load far above any real caller's must not be refused as abuse. */
export const BENCH_RATE_LIMITS = Object.fromEntries(ROLES.map((role) => [role, { perSecond: 100_000, burst: 100_000 }])) as Record<Role, RateLimit>;

/** How our gateway runs in the bench, wherever it is started: the bench's JWT secret, limits and rates. */
export function benchSecurity(secrets: BenchSecrets): GatewaySecurity {
  return {
    auth: benchAuth(secrets.jwtSecret),
    contextSecret: secrets.contextSecret,
    manifestFile: path.join(ROOT, "gateway", "persisted-queries.json"),
    introspection: true,
    limits: BENCH_LIMITS,
    rateLimits: BENCH_RATE_LIMITS,
  };
}

/** supergraph.graphql with each department's routing URL pointing at the running subgraphs. */
export function supergraphFor(urls: Record<Department, string>): string {
  return readFileSync(path.join(ROOT, "supergraph.graphql"), "utf8").replace(/@join__graph\(name: "([^"]+)", url: "[^"]+"\)/g, (_, name: string) => {
    const url = urls[name as Department];
    if (!url) throw new Error(`the supergraph names a subgraph ${name} that is not running`);
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
}

/** The PostgreSQL databases of a run, on the server the tests use (TEST_PG_URL). */
export function benchDatabaseName(department: Department): string {
  return `tradegraph_bench_${department}`;
}

export function benchDatabaseUrl(department: Department): string {
  return `${process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432"}/${benchDatabaseName(department)}`;
}

/** Orchestrator ⇄ bench/services.ts; count-start resets the statement counts and answers with them (zero), count-end answers with them. */
export type ServicesMessage = { type: "ready"; urls: Record<Department, string>; gatewayUrl?: string } | { type: "counts"; counts: Record<Department, number> };
export type ServicesCommand = { type: "gateway"; url: string } | { type: "count-start" } | { type: "count-end" };
/** bench/gateway.ts → orchestrator */
export type GatewayMessage = { type: "ready"; url: string };
/** bench/public/services.ts → orchestrator: where the public benchmark's subgraphs are, and their supergraph. */
export type PublicServicesMessage = { type: "ready"; url: string; supergraph: string };

export function send(message: ServicesMessage | GatewayMessage | PublicServicesMessage): void {
  if (!process.send) throw new Error("run by bench/main.ts, which talks to this process over IPC");
  process.send(message);
}

/**
 * A TypeScript entry in its own Node process (not a tsx wrapper), so its pid is the one to measure: a script of
 * bench/ by its path from there, or a service's deployed entry point by its path from the repository's root.
 */
export class Child<Message extends { type: string }> {
  readonly process: ChildProcess;
  readonly startedAt = performance.now();
  private readonly exited: Promise<number | null>;

  constructor(script: string | { fromRoot: string }, args: string[], env: NodeJS.ProcessEnv) {
    const entry = typeof script === "string" ? path.join(ROOT, "bench", script) : path.join(ROOT, script.fromRoot);
    this.process = spawn(process.execPath, ["--import", "tsx", entry, ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "warn", ...env },
      // Request logs go to stdout at info level; warnings and crashes reach the terminal through stderr.
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    this.exited = new Promise((resolve) => this.process.once("exit", (code) => resolve(code)));
  }

  get pid(): number {
    return this.process.pid!;
  }

  /** The next message of this type; fails if the process ends first. */
  next<Type extends Message["type"]>(type: Type): Promise<Extract<Message, { type: Type }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: Message) => {
        if (message.type !== type) return;
        this.process.off("message", onMessage);
        resolve(message as Extract<Message, { type: Type }>);
      };
      this.process.on("message", onMessage);
      void this.exited.then((code) => reject(new Error(`bench child ${this.process.spawnargs.slice(3).join(" ")} ended (exit ${code})`)));
    });
  }

  command(command: ServicesCommand): void {
    this.process.send(command);
  }

  /** Ends normally (the child's own shutdown path) and waits; the exit code says whether it succeeded. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill("SIGTERM");
    return this.exited;
  }

  wait(): Promise<number | null> {
    return this.exited;
  }

  /** VmHWM: the most resident memory the process has had. */
  peakMemoryMb(): number {
    return statusField(this.pid, "VmHWM");
  }

  residentMemoryMb(): number {
    return statusField(this.pid, "VmRSS");
  }
}

/** A process's CPU times in seconds from /proc/<pid>/stat: its own (user, system) and its waited-for children's. */
function processTimes(pid: number | string): { own: number; children: number } {
  // The command name, in parentheses, may hold spaces; utime, stime, cutime and cstime are the 12th to 15th
  // fields after it, in clock ticks (USER_HZ, 100 on Linux for every architecture Node runs on).
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat
    .slice(stat.lastIndexOf(")") + 2)
    .split(" ")
    .map(Number);
  return { own: (fields[11]! + fields[12]!) / 100, children: (fields[13]! + fields[14]!) / 100 };
}

/** CPU time the process has used so far (user and system, all its threads), in seconds. */
export function cpuSeconds(pid: number): number {
  return processTimes(pid).own;
}

/**
 * CPU time PostgreSQL on this machine has used so far, in seconds: every `postgres` process's own, and the
 * postmaster's ended children's (a backend that closes during a measurement is counted there, not lost).
 */
export function postgresCpuSeconds(): number {
  let seconds = 0;
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() !== "postgres") continue;
      const { own, children } = processTimes(pid);
      seconds += own + children;
    } catch {
      // ended while listed: its time is in its parent's children's from now on
    }
  }
  return seconds;
}

function statusField(pid: number, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(match[1]) / 1024;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface GraphQLAnswer {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export async function postGraphQL(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; answer: GraphQLAnswer }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: response.status, answer: (await response.json()) as GraphQLAnswer };
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Transport errors, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  failures: number;
}

/**
 * One autocannon run. A function `request` gives each request its own body and headers (so that no two
 * in flight need be alike); a string sends the same body every time. `perConnection` gives each
 * connection headers of its own for the whole run (a caller per connection). Every answer is looked at,
 * so that a fast failure never counts as a fast answer; `accept` may look closer than for an `"errors"` key.
 */
export async function load(options: {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  request: string | (() => { body: string; headers?: Record<string, string> });
  perConnection?: (connection: number) => Record<string, string>;
  accept?: (body: string) => boolean;
}): Promise<LoadResult> {
  let graphQLErrors = 0;
  const headers = { "content-type": "application/json", ...options.headers };
  const { request, perConnection, accept } = options;
  let connections = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    ...(perConnection && {
      // Called once per connection as autocannon opens them; the headers replace the request's own.
      setupClient: (client) => client.setHeaders({ ...headers, ...perConnection(connections++) }),
    }),
    requests: [
      {
        method: "POST",
        headers,
        ...(typeof request === "string"
          ? { body: request }
          : {
              setupRequest: (raw) => {
                const next = request();
                return { ...raw, headers: { ...headers, ...next.headers }, body: next.body };
              },
            }),
        onResponse: (status, text) => {
          if (status === 200 && (text.includes('"errors"') || (accept && !accept(text)))) graphQLErrors += 1;
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx + graphQLErrors,
  };
}

export function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  return [line(cells[0]!), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...cells.slice(1).map(line)].join("\n");
}

export const round = (value: number, digits = 0) => value.toFixed(digits);

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * A JSON value's text with every object's keys sorted: two values are equal as JSON when their texts are,
 * whatever order their keys came in and whichever realm built them (a comparison of prototypes, as
 * isDeepStrictEqual makes, tells apart equal answers parsed in jest's sandbox and outside it).
 */
export function canonicalJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
}

/** Where two JSON values first differ, and how; undefined when they are equal. */
export function firstDifference(theirs: unknown, ours: unknown, at: string): string | undefined {
  if (canonicalJson(theirs) === canonicalJson(ours)) return undefined;
  if (theirs && ours && typeof theirs === "object" && typeof ours === "object") {
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(ours)])) {
      const found = firstDifference((theirs as Record<string, unknown>)[key], (ours as Record<string, unknown>)[key], `${at}.${key}`);
      if (found) return found;
    }
  }
  return `at ${at || "the top"}: ${JSON.stringify(theirs)?.slice(0, 300)} instead of ${JSON.stringify(ours)?.slice(0, 300)}`;
}
