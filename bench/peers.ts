/**
 * The same supergraph and query mix through our gateway, plain Apollo and Hive, one after the other
 * against the same subgraphs, after checking that all three give the same answers.
 */
import type { World } from "../demo/world";
import {
  firstDifference,
  GATEWAY_KINDS,
  load,
  median,
  postGraphQL,
  round,
  table,
  type Child,
  type GatewayKind,
  type GatewayMessage,
  type LoadResult,
} from "./shared";

const ORDER = `query Order($ebpCode: String!, $orderNo: String!) {
  order(ebpCode: $ebpCode, orderNo: $orderNo) {
    orderNo appTime acturalPaid
    payment { amountPaid payTime }
    waybill { status }
    declaration { invtNo returnStatus }
    platform { name creditProfile { creditClass } }
  }
}`;
const RELEASED = `query Released($first: Int!) {
  declarations(first: $first, filter: { returnStatus: 800 }) {
    nodes {
      invtNo taxTotal
      waybill { status tracking { status } }
      inspection { result }
      order { acturalPaid payment { amountPaid } platform { name creditProfile { creditClass } } }
    }
  }
}`;
const DECLARATIONS = `query Declarations { declarations(first: 10, filter: { returnStatus: 800 }) { nodes { invtNo tradeMode declTime taxTotal } } }`;
/** Orders sent in turn by the query that varies: enough that hardly two requests in flight are alike. */
const VARIED_ORDERS = 200;

export interface MixEntry {
  name: string;
  /** Bodies to send: one means every request is the same; more are sent in turn. */
  bodies: string[];
}

/**
 * Orders whose inventory lists all name a waybill logistics holds. For the others (a list that names a
 * waybill not filed yet) Apollo, and so ours, answer `waybill: null`, while Hive adds an error
 * ("Unexpected error.", Waybill.status null): the answers would differ, so the mix leaves them out.
 */
function ordersWithTheirWaybills(world: World) {
  const waybills = new Set(world.logistics.waybills.map((waybill) => `${waybill.logisticsCode}/${waybill.logisticsNo}`));
  const complete = new Map<string, boolean>();
  for (const list of world.customs.declarations) {
    const order = `${list.ebpCode}/${list.orderNo}`;
    complete.set(order, (complete.get(order) ?? true) && waybills.has(`${list.logisticsCode}/${list.logisticsNo}`));
  }
  return world.customs.orders.filter((order) => complete.get(`${order.ebpCode}/${order.orderNo}`));
}

export function queryMix(world: World): MixEntry[] {
  const orders = ordersWithTheirWaybills(world)
    .slice(0, VARIED_ORDERS)
    .map(({ ebpCode, orderNo }) => JSON.stringify({ query: ORDER, operationName: "Order", variables: { ebpCode, orderNo } }));
  return [
    { name: "order, 5 departments, same each time", bodies: orders.slice(0, 1) },
    { name: `order, 5 departments, ${orders.length} in turn`, bodies: orders },
    { name: "20 released lists, 5 departments", bodies: [JSON.stringify({ query: RELEASED, operationName: "Released", variables: { first: 20 } })] },
    { name: "10 declarations, customs only", bodies: [JSON.stringify({ query: DECLARATIONS, operationName: "Declarations" })] },
  ];
}

/** In turn from a list of bodies, for autocannon's per-request setup. */
export function rotation(bodies: string[]): () => { body: string } {
  let next = 0;
  return () => ({ body: bodies[next++ % bodies.length]! });
}

export async function runPeers(options: {
  gateways: Record<GatewayKind, { child: Child<GatewayMessage>; url: string }>;
  token: string;
  world: World;
  seconds: number;
  connections: number;
  rounds: number;
}): Promise<string> {
  const headers = { authorization: `Bearer ${options.token}` };
  const mix = queryMix(options.world);
  // Before measuring anything: the three must agree on every body the load will send, or the comparison means nothing.
  for (const entry of mix) {
    for (const body of entry.bodies) {
      const answers = await Promise.all(GATEWAY_KINDS.map((kind) => postGraphQL(options.gateways[kind].url, body, headers)));
      const [ours, ...peers] = answers.map(({ status, answer }) => ({ status, data: answer.data, errors: answer.errors }));
      if (ours!.status !== 200 || ours!.errors) throw new Error(`peers: "${entry.name}" fails through our gateway: ${JSON.stringify(ours)}`);
      peers.forEach((peer, index) => {
        const difference = firstDifference(peer, ours, "");
        if (difference) throw new Error(`peers: "${entry.name}" answers differently through ${GATEWAY_KINDS[index + 1]} than through ours: ${difference}`);
      });
    }
  }

  const rows: Array<Array<string | number>> = [];
  const verdicts: string[] = [];
  for (const [position, entry] of mix.entries()) {
    const runs = Object.fromEntries(GATEWAY_KINDS.map((kind) => [kind, [] as LoadResult[]])) as Record<GatewayKind, LoadResult[]>;
    const run = (kind: GatewayKind, seconds: number) =>
      load({
        url: options.gateways[kind].url,
        headers,
        connections: options.connections,
        seconds,
        request: entry.bodies.length === 1 ? entry.bodies[0]! : rotation(entry.bodies),
      });
    for (const kind of GATEWAY_KINDS) await run(kind, Math.max(1, Math.round(options.seconds / 3)));
    // Rounds interleave the gateways, each round starting with another one, so that a passing disturbance
    // on the shared machine (a sweep, another process) costs each gateway about alike; medians are reported.
    for (let round = 0; round < options.rounds; round++) {
      for (let index = 0; index < GATEWAY_KINDS.length; index++) {
        const kind = GATEWAY_KINDS[(index + position + round) % GATEWAY_KINDS.length]!;
        runs[kind].push(await run(kind, options.seconds));
      }
    }
    const results = Object.fromEntries(
      GATEWAY_KINDS.map((kind) => [
        kind,
        {
          requestsPerSecond: median(runs[kind].map((result) => result.requestsPerSecond)),
          p50: median(runs[kind].map((result) => result.p50)),
          p99: median(runs[kind].map((result) => result.p99)),
          failures: runs[kind].reduce((sum, result) => sum + result.failures, 0),
          peakMb: options.gateways[kind].child.peakMemoryMb(),
          spread: `${round(Math.min(...runs[kind].map((result) => result.requestsPerSecond)))}–${round(Math.max(...runs[kind].map((result) => result.requestsPerSecond)))}`,
        },
      ]),
    ) as Record<GatewayKind, LoadResult & { peakMb: number; spread: string }>;
    const bestPeer = Math.max(results.apollo.requestsPerSecond, results.hive.requestsPerSecond);
    for (const kind of GATEWAY_KINDS) {
      const result = results[kind];
      rows.push([
        entry.name,
        kind,
        round(result.requestsPerSecond),
        result.spread,
        round(result.p50),
        round(result.p99),
        round(result.peakMb),
        result.failures,
        kind === "tradegraph" ? `${round(result.requestsPerSecond / bestPeer, 2)}×` : "",
      ]);
    }
    const ours = runs.tradegraph.map((result) => result.requestsPerSecond);
    const theirs = [...runs.apollo, ...runs.hive].map((result) => result.requestsPerSecond);
    const throughput =
      Math.min(...ours) > Math.max(...theirs)
        ? "ahead of both on req/s in every run"
        : results.tradegraph.requestsPerSecond > bestPeer
          ? "ahead of both on median req/s (the runs' ranges overlap)"
          : "NOT ahead of both on req/s";
    const lowestPeerP99 = Math.min(results.apollo.p99, results.hive.p99);
    const latency = results.tradegraph.p99 <= lowestPeerP99 ? "p99 lowest" : `p99 ${round(results.tradegraph.p99)} ms against ${round(lowestPeerP99)} ms`;
    verdicts.push(`${entry.name}: ours ${throughput}; ${latency}`);
  }
  return [
    `all three gateways gave identical answers (data and errors) to every query of the mix, checked before measuring`,
    "",
    `medians of ${options.rounds} interleaved runs per gateway and query; "range" is the runs' lowest and highest req/s`,
    "",
    table(["query", "gateway", "req/s", "range", "p50 ms", "p99 ms", "peak MB", "failures", "req/s vs best peer"], rows),
    "",
    ...verdicts,
  ].join("\n");
}
