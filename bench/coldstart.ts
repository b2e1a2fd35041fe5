/**
 * From process start to the first answered query, and resident memory once at rest: the whole system
 * as `npm start` runs it (five subgraphs and our gateway in one process, on embedded databases already
 * migrated and seeded), then each gateway alone in front of running subgraphs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Department } from "../lib/departments";
import { Child, freePort, GATEWAY_KINDS, round, table, type GatewayKind, type GatewayMessage, type ServicesMessage } from "./shared";

const FIRST_QUERY = JSON.stringify({ query: `{ orders(first: 1) { nodes { orderNo payment { amountPaid } platform { name } } } }` });
/** How long a started process idles before its memory is read. */
const REST_MS = 3_000;
const POLL_MS = 20;
/** Where each gateway serves GraphQL, known before it says so: the clock runs until a query is answered. */
const GRAPHQL_PATH: Record<GatewayKind, string> = { tradegraph: "/", apollo: "/", hive: "/graphql" };

async function firstAnswer(child: Child<{ type: string }>, url: string, token: string): Promise<number> {
  for (;;) {
    if (child.process.exitCode !== null) throw new Error(`coldstart: the process ended (exit ${child.process.exitCode}) before answering`);
    const answered = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: FIRST_QUERY })
      .then(async (response) => response.status === 200 && !((await response.json()) as { errors?: unknown }).errors)
      .catch(() => false);
    if (answered) return performance.now() - child.startedAt;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function measure(child: Child<{ type: string }>, url: string, token: string): Promise<Array<string | number>> {
  try {
    const startMs = await firstAnswer(child, url, token);
    await new Promise((resolve) => setTimeout(resolve, REST_MS));
    return [round(startMs), round(child.residentMemoryMb()), round(child.peakMemoryMb())];
  } finally {
    await child.stop();
  }
}

export async function runColdStart(options: { env: NodeJS.ProcessEnv; subgraphUrls: Record<Department, string>; token: string }): Promise<string> {
  const rows: Array<Array<string | number>> = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), "tradegraph-bench-"));
  try {
    // Migrating and seeding belong to the first run ever, not to a start: done beforehand, as npm start finds them on a second start.
    const prepare = new Child<ServicesMessage>("services.ts", ["--db", `pglite:${dataDir}`, "--prepare"], options.env);
    if ((await prepare.wait()) !== 0) throw new Error("coldstart: preparing the embedded databases failed");
    const port = await freePort();
    const system = new Child<ServicesMessage>("services.ts", ["--db", `pglite:${dataDir}`, "--gateway-port", String(port)], options.env);
    rows.push(["whole system (5 subgraphs + our gateway, PGlite)", ...(await measure(system, `http://127.0.0.1:${port}/`, options.token))]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  for (const kind of GATEWAY_KINDS) {
    const port = await freePort();
    const gateway = new Child<GatewayMessage>("gateway.ts", ["--kind", kind], {
      ...options.env,
      BENCH_SUBGRAPHS: JSON.stringify(options.subgraphUrls),
      BENCH_PORT: String(port),
    });
    rows.push([`${kind} gateway alone`, ...(await measure(gateway, `http://127.0.0.1:${port}${GRAPHQL_PATH[kind]}`, options.token))]);
  }
  return [
    table(["process", "start → first answer ms", `RSS at rest MB (+${REST_MS / 1000} s)`, "peak MB"], rows),
    "",
    "start = spawn of `node --import tsx …` until the first query is answered (TypeScript compiled by tsx from its cache).",
  ].join("\n");
}
