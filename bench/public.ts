/**
 * The workload of The Guild's public federation gateway benchmark (graphql-hive/graphql-gateways-benchmark)
 * on this machine: its four subgraphs (bench/public/), its one query with its 87 KB answer, through our
 * gateway, plain Apollo, Hive at its defaults and Hive as the benchmark runs it (`--jit` and inbound
 * deduplication). Two cases: every connection the same caller (the benchmark's own), and every connection a
 * different caller (a token of its own), where nothing may be shared between callers.
 */
import { issueToken } from "../gateway/security/auth";
import {
  ALL_GATEWAY_KINDS,
  Child,
  cpuSeconds,
  load,
  median,
  round,
  table,
  type AnyGatewayKind,
  type GatewayMessage,
  type LoadResult,
  type PublicServicesMessage,
} from "./shared";
import { PUBLIC_BODY, answerMismatch, expectedAnswer } from "./public/workload";

export const PUBLIC_GATEWAY_NAMES: Record<AnyGatewayKind, string> = {
  tradegraph: "tradegraph",
  apollo: "apollo",
  hive: "hive (defaults)",
  "hive-jit": "hive (jit + dedup)",
};

interface Gateway {
  child: Child<GatewayMessage>;
  url: string;
  /** The length of its verified answer: an answer of another length during the load counts as a failure. */
  answerLength: number;
}

interface Run extends LoadResult {
  /** Share of one CPU each used over the run (1 = one core busy throughout). */
  gatewayCpu: number;
  subgraphCpu: number;
  loadCpu: number;
  /** Gateway CPU time per answered request, ms. */
  gatewayCpuMs: number;
}

interface Case {
  name: string;
  /** Headers of connection n: its caller. */
  caller: (connection: number) => Record<string, string>;
  /** For the Hive processes of this case. */
  hiveEnv: NodeJS.ProcessEnv;
}

async function startGateway(kind: AnyGatewayKind, env: NodeJS.ProcessEnv, children: Array<Child<{ type: string }>>): Promise<Omit<Gateway, "answerLength">> {
  const child = new Child<GatewayMessage>("gateway.ts", ["--kind", kind], env);
  children.push(child);
  return { child, url: (await child.next("ready")).url };
}

/** Each gateway must answer exactly the benchmark's expected answer, for the callers the load will use, before anything is measured. */
async function verify(kind: AnyGatewayKind, gateway: Omit<Gateway, "answerLength">, callers: Array<Record<string, string>>): Promise<Gateway> {
  const expected = expectedAnswer();
  const lengths = new Set<number>();
  for (const headers of callers) {
    const response = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: PUBLIC_BODY });
    const text = await response.text();
    const mismatch = response.status === 200 ? answerMismatch(JSON.parse(text), expected) : `HTTP ${response.status}: ${text.slice(0, 300)}`;
    if (mismatch) throw new Error(`public: ${PUBLIC_GATEWAY_NAMES[kind]} does not answer the benchmark's expected answer: ${mismatch}`);
    lengths.add(Buffer.byteLength(text));
  }
  if (lengths.size !== 1)
    throw new Error(`public: ${PUBLIC_GATEWAY_NAMES[kind]} answers the same query with bodies of different lengths (${[...lengths].join(", ")})`);
  return { ...gateway, answerLength: [...lengths][0]! };
}

async function measure(gateway: Gateway, subgraphs: Child<PublicServicesMessage>, caller: Case["caller"], connections: number, seconds: number): Promise<Run> {
  const before = { gateway: cpuSeconds(gateway.child.pid), subgraphs: cpuSeconds(subgraphs.pid), load: process.cpuUsage(), at: performance.now() };
  const result = await load({
    url: gateway.url,
    connections,
    seconds,
    request: PUBLIC_BODY,
    perConnection: caller,
    // autocannon hands over the body as text; its length in characters is its length in bytes here (ASCII).
    accept: (body) => body.length === gateway.answerLength,
  });
  const wall = (performance.now() - before.at) / 1000;
  const gatewayCpu = cpuSeconds(gateway.child.pid) - before.gateway;
  const loadUsage = process.cpuUsage(before.load);
  return {
    ...result,
    gatewayCpu: gatewayCpu / wall,
    subgraphCpu: (cpuSeconds(subgraphs.pid) - before.subgraphs) / wall,
    loadCpu: (loadUsage.user + loadUsage.system) / 1e6 / wall,
    gatewayCpuMs: (gatewayCpu * 1000) / Math.max(1, result.requestsPerSecond * seconds),
  };
}

const percent = (share: number) => `${round(share * 100)}%`;

export async function runPublic(options: {
  env: NodeJS.ProcessEnv;
  jwtSecret: string;
  token: string;
  seconds: number;
  warmup: number;
  connections: number;
  rounds: number;
}): Promise<string> {
  const { connections, seconds, rounds } = options;
  const children: Array<Child<{ type: string }>> = [];
  try {
    const subgraphs = new Child<PublicServicesMessage>("public/services.ts", [], options.env);
    children.push(subgraphs);
    const { supergraph } = await subgraphs.next("ready");
    const env = { ...options.env, BENCH_SUPERGRAPH: supergraph };
    const shared = { authorization: `Bearer ${options.token}` };
    // A token per connection, each a different analyst: our gateway shares no fetch between them.
    const tokens = await Promise.all(
      Array.from({ length: connections }, (_, n) => issueToken(options.jwtSecret, { sub: `bench-analyst-${n + 1}`, role: "analyst" })),
    );
    const cases: Case[] = [
      { name: "one caller (the benchmark's case)", caller: () => shared, hiveEnv: {} },
      {
        name: `${connections} callers, one per connection`,
        caller: (connection) => ({ authorization: `Bearer ${tokens[connection % tokens.length]}` }),
        hiveEnv: { BENCH_FORWARD_AUTHORIZATION: "1" },
      },
    ];

    const rows: Array<Array<string | number>> = [];
    const notes: string[] = [];
    const started: Partial<Record<AnyGatewayKind, Omit<Gateway, "answerLength">>> = {};
    for (const [position, entry] of cases.entries()) {
      // Ours and Apollo run alike for both cases; the Hive processes of the second forward each caller's token.
      for (const kind of ["hive", "hive-jit"] as const) {
        await started[kind]?.child.stop();
        delete started[kind];
      }
      for (const kind of ALL_GATEWAY_KINDS) started[kind] ??= await startGateway(kind, kind.startsWith("hive") ? { ...env, ...entry.hiveEnv } : env, children);
      const callers = [entry.caller(0), entry.caller(connections - 1)];
      const gateways = {} as Record<AnyGatewayKind, Gateway>;
      for (const kind of ALL_GATEWAY_KINDS) gateways[kind] = await verify(kind, started[kind]!, callers);

      const runs = Object.fromEntries(ALL_GATEWAY_KINDS.map((kind) => [kind, [] as Run[]])) as Record<AnyGatewayKind, Run[]>;
      for (const kind of ALL_GATEWAY_KINDS) await measure(gateways[kind], subgraphs, entry.caller, connections, options.warmup);
      // Rounds interleave the gateways, each round starting with another, so that a passing disturbance on
      // the shared machine costs each about alike; medians are reported.
      for (let pass = 0; pass < rounds; pass++) {
        for (let index = 0; index < ALL_GATEWAY_KINDS.length; index++) {
          const kind = ALL_GATEWAY_KINDS[(index + position + pass) % ALL_GATEWAY_KINDS.length]!;
          runs[kind].push(await measure(gateways[kind], subgraphs, entry.caller, connections, seconds));
        }
      }
      const of = (kind: AnyGatewayKind, field: keyof Run) => median(runs[kind].map((run) => run[field]));
      const reference = of("hive-jit", "requestsPerSecond");
      for (const kind of ALL_GATEWAY_KINDS) {
        rows.push([
          entry.name,
          PUBLIC_GATEWAY_NAMES[kind],
          runs[kind].map((run) => round(run.requestsPerSecond)).join(", "),
          round(of(kind, "requestsPerSecond")),
          round(of(kind, "p50")),
          round(of(kind, "p99")),
          percent(of(kind, "gatewayCpu")),
          round(of(kind, "gatewayCpuMs"), 2),
          percent(of(kind, "subgraphCpu")),
          round(gateways[kind].child.peakMemoryMb()), // over the process's life so far: ours and Apollo serve both cases
          runs[kind].reduce((sum, run) => sum + run.failures, 0),
          `${round(of(kind, "requestsPerSecond") / reference, 2)}×`,
        ]);
      }
      notes.push(
        `${entry.name}: load generator (autocannon, this process) ${ALL_GATEWAY_KINDS.map((kind) => `${percent(of(kind, "loadCpu"))} beside ${PUBLIC_GATEWAY_NAMES[kind]}`).join(", ")}`,
      );
    }
    return [
      `every gateway answered the benchmark's expected answer (data equal, no errors) for the callers of each case, checked before measuring; ` +
        `during the load an answer of another length than the checked one counts as a failure`,
      `${connections} connections, ${options.warmup} s warm-up per gateway, then ${rounds} interleaved round(s) of ${seconds} s; medians of the rounds; ` +
        `CPU as a share of one core over each run (100% = one core busy throughout, 200% both), per gateway process and for the four subgraphs' process`,
      "",
      table(
        [
          "case",
          "gateway",
          "req/s per round",
          "median req/s",
          "p50 ms",
          "p99 ms",
          "gateway CPU",
          "gateway CPU ms/req",
          "subgraph CPU",
          "peak MB",
          "failures",
          "vs hive jit+dedup",
        ],
        rows,
      ),
      "",
      ...notes,
    ].join("\n");
  } finally {
    await Promise.all(children.map((child) => child.stop()));
  }
}
