/**
 * `npm run bench [-- --only public,peers,overhead,scaling,writes,coldstart,statistics,tariff,webhooks] [--duration <s>] [--connections <n>] [--rounds <n>] [--lists <n>] [--events <n>]`
 *
 * Starts the five subgraphs on fresh PostgreSQL databases (one process), each gateway under test in a
 * process of its own, and drives the load from this one. The public benchmark's workload has subgraphs of
 * its own (bench/public/) and needs no database. Prints one table per benchmark; bench/README.md says what
 * each measures.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { buildWorld } from "../demo/world";
import { issueToken } from "../gateway/security/auth";
import { runColdStart } from "./coldstart";
import { startDepartmentProcesses } from "./departments";
import { runOverhead } from "./overhead";
import { runPeers } from "./peers";
import { runPublic } from "./public";
import { runScaling } from "./scaling";
import { runStatistics } from "./statistics";
import { runTariffLoad } from "./tariff-load";
import { BENCH_PAGE_SIZE_MAX, benchDatabaseUrl, Child, GATEWAY_KINDS, type GatewayKind, type GatewayMessage, type ServicesMessage } from "./shared";
import { runWebhooks } from "./webhooks";
import { runWrites } from "./writes";

const BENCHMARKS = ["public", "peers", "overhead", "scaling", "writes", "coldstart", "statistics", "tariff", "webhooks"] as const;
type Benchmark = (typeof BENCHMARKS)[number];
/** Endpoints of the webhook benchmark: each receives every event, one attempt under way per endpoint. */
const WEBHOOK_ENDPOINTS = 4;
/** 1,000 orders: the largest page of the scaling benchmark. */
const SCALE = 5;
/** The defaults of the domain benchmarks' load … */
const DEFAULTS = { duration: 5, connections: 16, rounds: 3 };
/** … and of the public benchmark's, as its published runs (50 virtual users) and issue #17 measure it. */
const PUBLIC_DEFAULTS = { duration: 15, connections: 50, rounds: 2 };

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: "string" },
      duration: { type: "string" },
      connections: { type: "string" },
      lists: { type: "string", default: "1000000" },
      rounds: { type: "string" },
      events: { type: "string", default: "1000" },
    },
  });
  const only = (values.only?.split(",").map((name) => name.trim()) ?? [...BENCHMARKS]) as Benchmark[];
  const unknown = only.filter((name) => !BENCHMARKS.includes(name));
  if (unknown.length) throw new Error(`--only takes ${BENCHMARKS.join(",")}; not ${unknown.join(",")}`);
  // Given options apply to every benchmark; each takes its own defaults for those not given.
  const settings = (defaults: typeof DEFAULTS) => {
    const seconds = Number(values.duration ?? defaults.duration);
    const connections = Number(values.connections ?? defaults.connections);
    const rounds = Number(values.rounds ?? defaults.rounds);
    if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds is a whole number ≥ 1");
    if (!(seconds >= 1) || !Number.isInteger(connections) || connections < 1) throw new Error("--duration is seconds (≥ 1), --connections a whole number ≥ 1");
    return { seconds, connections, rounds };
  };
  const { seconds, connections, rounds } = settings(DEFAULTS);
  const publicLoad = settings(PUBLIC_DEFAULTS);
  const lists = Number(values.lists);
  if (!Number.isInteger(lists) || lists < 1) throw new Error("--lists is a whole number ≥ 1");
  const events = Number(values.events);
  if (!Number.isInteger(events) || events < 1) throw new Error("--events is a whole number ≥ 1");
  const selected = new Set(only);
  const started = performance.now();

  const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "unknown CPU";
  console.log(`Tradegraph benchmarks: ${only.join(", ")}; ${seconds} s per measured run (after a warm-up of a third of it), ${connections} connections`);
  if (selected.has("public")) {
    console.log(
      `public benchmark: ${publicLoad.seconds} s per measured run after a warm-up of a third of it, ${publicLoad.connections} connections, ${publicLoad.rounds} rounds`,
    );
  }
  console.log(`machine: ${availableParallelism()} CPUs (nproc), ${cpu}, Node ${process.version}`);
  // Everything here shares the machine's CPUs: anything else running shows up in every number.
  const load = () => loadavg()[0]!.toFixed(2);
  console.log(`load average (1 min) at start: ${load()}`);

  const secrets = { contextSecret: randomBytes(32).toString("base64url"), jwtSecret: randomBytes(32).toString("base64url") };
  const env = { BENCH_CONTEXT_SECRET: secrets.contextSecret, BENCH_JWT_SECRET: secrets.jwtSecret, PAGE_SIZE_MAX: String(BENCH_PAGE_SIZE_MAX) };
  const world = buildWorld({ scale: SCALE });
  const token = await issueToken(secrets.jwtSecret, { sub: "bench-analyst", role: "analyst" });
  const children: Array<Child<{ type: string }>> = [];
  let failed = false;
  const needsServices = ["peers", "overhead", "scaling", "writes", "coldstart"].some((name) => selected.has(name as Benchmark));
  const run = async (name: Benchmark, title: string, benchmark: () => Promise<string>) => {
    if (!selected.has(name)) return;
    const began = performance.now();
    try {
      console.log(`\n### ${title}\n\n${await benchmark()}\n(${((performance.now() - began) / 1000).toFixed(0)} s)`);
    } catch (error) {
      failed = true;
      console.log(`\n### ${title}\n\nFAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  try {
    // First, while nothing else runs: it needs no services, and its inserts would disturb the others' numbers.
    await run("statistics", `Statistics over ${lists.toLocaleString("en")} import lists on PostgreSQL`, () => runStatistics({ lists, repeats: 5 }));
    await run("tariff", "Tariff load: 10,000 codes", runTariffLoad);
    // Before the departments start: it has subgraphs of its own, and the departments' sweeps would only add noise.
    await run("public", "Public gateway benchmark's workload: four subgraphs, one query, 87 KB answer", () =>
      runPublic({ env, jwtSecret: secrets.jwtSecret, token, ...publicLoad, warmup: Math.max(1, Math.round(publicLoad.seconds / 3)) }),
    );
    await run("webhooks", `Webhook deliveries: ${events.toLocaleString("en")} events to ${WEBHOOK_ENDPOINTS} endpoints on 127.0.0.1`, () =>
      runWebhooks({ events, endpoints: WEBHOOK_ENDPOINTS }),
    );
    if (needsServices) {
      const services = new Child<ServicesMessage>("services.ts", ["--db", "pg", "--scale", String(SCALE)], env);
      children.push(services);
      const { urls } = await services.next("ready");
      const startGateway = async (kind: GatewayKind) => {
        const child = new Child<GatewayMessage>("gateway.ts", ["--kind", kind], { ...env, BENCH_SUBGRAPHS: JSON.stringify(urls) });
        children.push(child);
        return { child, url: (await child.next("ready")).url };
      };
      const needsOurs = ["peers", "overhead", "scaling", "writes"].some((name) => selected.has(name as Benchmark));
      const ours = needsOurs ? await startGateway("tradegraph") : undefined;
      // The departments call each other through the gateway (e.g. customs matching a list with its payment).
      if (ours) services.command({ type: "gateway", url: ours.url });

      await run("peers", "Peers: same supergraph, same queries", async () => {
        const gateways = { tradegraph: ours! } as Record<GatewayKind, Awaited<ReturnType<typeof startGateway>>>;
        for (const kind of GATEWAY_KINDS.filter((kind) => kind !== "tradegraph")) gateways[kind] = await startGateway(kind);
        try {
          return await runPeers({ gateways, token, world, seconds, connections, rounds });
        } finally {
          // Only our gateway is needed past this point; the peers' memory and timers would only add noise.
          await Promise.all([gateways.apollo?.child.stop(), gateways.hive?.child.stop()]);
        }
      });
      await run("overhead", "Gateway overhead: customs directly vs through our gateway", () =>
        runOverhead({ gatewayUrl: ours!.url, customsUrl: urls.customs, contextSecret: secrets.contextSecret, token, world, seconds, connections }),
      );
      await run("scaling", "Scaling: orders with payment, waybill, declaration and enterprise credit", () =>
        runScaling({ gatewayUrl: ours!.url, services, token, seconds }),
      );
      await run("writes", "Writes on PostgreSQL: orders, payments, waybills, inventory lists; the five departments in one process", () =>
        runWrites({
          gatewayUrl: ours!.url,
          jwtSecret: secrets.jwtSecret,
          world,
          databaseUrl: benchDatabaseUrl,
          seconds: seconds * 2,
          processes: { "five departments": services.pid, gateway: ours!.child.pid },
        }),
      );
      await ours?.child.stop();
      await run("coldstart", "Cold start and memory at rest", () => runColdStart({ env, subgraphUrls: urls, token }));
      // Last, on the same databases: two sets of departments must not run their sweeps and jobs on them at once.
      await services.stop();
      await run("writes", "Writes on PostgreSQL, as deployed: each department in its own process", async () => {
        const deployed = await startDepartmentProcesses({ env, contextSecret: secrets.contextSecret, databaseUrl: benchDatabaseUrl });
        try {
          return await runWrites({
            gatewayUrl: deployed.gatewayUrl,
            jwtSecret: secrets.jwtSecret,
            world,
            databaseUrl: benchDatabaseUrl,
            seconds: seconds * 2,
            processes: deployed.pids,
          });
        } finally {
          await deployed.stop();
        }
      });
    }
  } finally {
    await Promise.all(children.map((child) => child.stop()));
  }
  console.log(`\nload average (1 min) at the end: ${load()}; whole run ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("bench failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
