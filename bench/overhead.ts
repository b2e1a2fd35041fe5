/**
 * What the gateway costs over talking to the department itself: one customs-only query, a different
 * order each request (so our gateway's sharing of identical reads plays no part), sent straight to the
 * customs subgraph and through our gateway.
 */
import { isDeepStrictEqual } from "node:util";
import type { World } from "../demo/world";
import { CONTEXT_HEADER, contextKey, signContext } from "../lib/trust/subgraph-context";
import { rotation } from "./peers";
import { load, PEER_IDENTITY, postGraphQL, round, table, type LoadResult } from "./shared";

const ORDER = `query Order($ebpCode: String!, $orderNo: String!) {
  order(ebpCode: $ebpCode, orderNo: $orderNo) { orderNo appTime acturalPaid currency lines { gnum itemName qty totalPrice } }
}`;
/** Direct requests need a signed context each, and each signature is good once: drawn before the run, at least this many. */
const MIN_SIGNATURES = 2_000;

export async function runOverhead(options: {
  gatewayUrl: string;
  customsUrl: string;
  contextSecret: string;
  token: string;
  world: World;
  seconds: number;
  connections: number;
}): Promise<string> {
  const key = contextKey(options.contextSecret);
  const bodies = options.world.customs.orders.map(({ ebpCode, orderNo }) =>
    JSON.stringify({ query: ORDER, operationName: "Order", variables: { ebpCode, orderNo } }),
  );
  const sign = async (body: string) => ({
    body,
    headers: { [CONTEXT_HEADER]: await signContext(key, { identity: PEER_IDENTITY, operation: "Order" }, "customs", body) },
  });
  /** Signed one-use requests for the subgraph, for a run expected to send about `expected`. */
  const signedRequests = async (expected: number) => {
    const signed = await Promise.all(Array.from({ length: Math.max(MIN_SIGNATURES, Math.ceil(expected)) }, (_, index) => sign(bodies[index % bodies.length]!)));
    // Running out would resend used signatures: the subgraph refuses those, and they count as failures.
    let next = 0;
    return () => signed[next++ % signed.length]!;
  };

  const probe = await sign(bodies[0]!);
  const direct = await postGraphQL(options.customsUrl, probe.body, probe.headers);
  const through = await postGraphQL(options.gatewayUrl, bodies[0]!, { authorization: `Bearer ${options.token}` });
  if (direct.answer.errors || !isDeepStrictEqual(direct.answer.data, through.answer.data)) {
    throw new Error(`overhead: the subgraph and the gateway answer differently:\n${JSON.stringify(direct.answer)}\n${JSON.stringify(through.answer)}`);
  }

  const warmSeconds = Math.max(1, Math.round(options.seconds / 3));
  const results: Array<[string, LoadResult]> = [];
  const warm = await load({
    url: options.customsUrl,
    connections: options.connections,
    seconds: warmSeconds,
    request: await signedRequests(4_000 * warmSeconds),
  });
  // The warm-up's pace says how many signatures the measured run needs; half again as many for safety.
  results.push([
    "customs subgraph directly",
    await load({
      url: options.customsUrl,
      connections: options.connections,
      seconds: options.seconds,
      request: await signedRequests(warm.requestsPerSecond * options.seconds * 1.5),
    }),
  ]);
  const gateway = (seconds: number) =>
    load({
      url: options.gatewayUrl,
      headers: { authorization: `Bearer ${options.token}` },
      connections: options.connections,
      seconds,
      request: rotation(bodies),
    });
  await gateway(warmSeconds);
  results.push(["through our gateway", await gateway(options.seconds)]);

  const [[, straight], [, gatewayed]] = results as [[string, LoadResult], [string, LoadResult]];
  return [
    table(
      ["path", "req/s", "p50 ms", "p99 ms", "failures"],
      results.map(([name, result]) => [name, round(result.requestsPerSecond), round(result.p50), round(result.p99), result.failures]),
    ),
    "",
    `gateway / direct: throughput ${round(gatewayed.requestsPerSecond / straight.requestsPerSecond, 2)}×, ` +
      `p50 latency ${round(gatewayed.p50 / Math.max(straight.p50, 1), 2)}×, p99 latency ${round(gatewayed.p99 / Math.max(straight.p99, 1), 2)}×`,
  ].join("\n");
}
