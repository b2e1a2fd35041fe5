/**
 * One gateway under test, alone in its process so that its memory is its own:
 *   --kind tradegraph   ours (gateway/gateway.ts): verifies the JWT, limits, rate-limits, metrics, request log
 *   --kind apollo       plain @apollo/gateway in @apollo/server's standalone server, at its defaults
 *   --kind hive         @graphql-hive/gateway's runtime on node:http, at its defaults
 *   --kind hive-jit     the same runtime as The Guild's gateway benchmark runs it: `hive-gateway supergraph
 *                       --jit` with `inboundInflightRequestDeduplication: true` in its gateway.config.ts
 * The department subgraphs refuse unsigned requests, so with them the peers sign each subgraph request as
 * PEER_IDENTITY, which is all they add. BENCH_SUBGRAPHS (JSON, department → URL) says where the
 * departments are; BENCH_SUPERGRAPH, when set, is another supergraph to serve as it is (the public
 * benchmark's, whose subgraphs ask for no signature, so the peers sign nothing). BENCH_FORWARD_AUTHORIZATION
 * makes the Hive kinds send each caller's authorization header on to the subgraphs. BENCH_PORT says where
 * to listen (0: any free port). Reports its URL over IPC.
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import {
  createGatewayRuntime,
  getBuiltinPluginsFromConfig,
  getCacheInstanceFromConfig,
  Logger,
  MemPubSub,
  type GatewayPlugin,
  type PropagateHeadersOpts,
} from "@graphql-hive/gateway";
import { DEPARTMENTS, isDepartment, type Department } from "../lib/departments";
import { stopOnSignals } from "../lib/shutdown";
import { startGateway } from "../gateway/gateway";
import { CONTEXT_HEADER, contextKey, signContext, type VerifiedContext } from "../lib/trust/subgraph-context";
import { ALL_GATEWAY_KINDS, benchSecurity, PEER_IDENTITY, secretsFromEnv, send, supergraphFor, type AnyGatewayKind } from "./shared";

const PEER_CONTEXT: VerifiedContext = { identity: PEER_IDENTITY, operation: null };

/** What a gateway serves: a supergraph, and the departments among its subgraphs (by URL), whose requests the peers sign. */
interface Target {
  supergraph: string;
  departmentAt: Map<string, Department>;
}

async function startTradegraph(target: Target, port: number): Promise<string> {
  const secrets = secretsFromEnv();
  const gateway = await startGateway({ supergraphSdl: target.supergraph, port, ...benchSecurity(secrets) });
  stopOnSignals(gateway.stop);
  return gateway.url;
}

async function startApollo(target: Target, port: number): Promise<string> {
  const key = contextKey(secretsFromEnv().contextSecret);
  const gateway = new ApolloGateway({
    supergraphSdl: target.supergraph,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url,
        async willSendRequest({ request }) {
          if (!target.departmentAt.has(url ?? "")) return;
          // The body RemoteGraphQLDataSource sends: JSON.stringify({ query, ...the rest but http }).
          const { http, query, ...rest } = request;
          http!.headers.set(CONTEXT_HEADER, await signContext(key, PEER_CONTEXT, name, JSON.stringify({ query, ...rest })));
        },
      }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
  stopOnSignals(() => server.stop());
  return url;
}

/** Signs each fetch to a department (none when the target has none); the runtime fetches nothing else with these configurations. */
function signing(target: Target): GatewayPlugin[] {
  if (target.departmentAt.size === 0) return [];
  const key = contextKey(secretsFromEnv().contextSecret);
  return [
    {
      async onFetch({ url, options, setOptions }) {
        const department = target.departmentAt.get(url);
        if (!department || typeof options.body !== "string") return;
        setOptions({ ...options, headers: { ...options.headers, [CONTEXT_HEADER]: await signContext(key, PEER_CONTEXT, department, options.body) } });
      },
    },
  ];
}

/**
 * The caller's authorization header on each subgraph request. Hive's outbound deduplication keys a
 * subgraph request on its headers once it carries any of its own, so callers who differ no longer share
 * subgraph fetches, as no gateway that passes its caller on to the subgraphs could share them.
 */
const forwardAuthorization = (): { propagateHeaders?: PropagateHeadersOpts<Record<string, unknown>> } =>
  process.env.BENCH_FORWARD_AUTHORIZATION
    ? { propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get("authorization") }) } }
    : {};

async function serveHive(runtime: ReturnType<typeof createGatewayRuntime>, port: number): Promise<string> {
  const server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  stopOnSignals(async () => {
    await new Promise((resolve) => server.close(resolve));
    await runtime.dispose();
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the Hive gateway is not listening on a TCP port");
  return `http://127.0.0.1:${address.port}${runtime.graphqlEndpoint}`;
}

async function startHive(target: Target, port: number): Promise<string> {
  return serveHive(createGatewayRuntime({ supergraph: target.supergraph, plugins: () => signing(target), ...forwardAuthorization() }), port);
}

/**
 * As `hive-gateway supergraph <file> --jit` starts it with the benchmark's gateway.config.ts: the CLI's
 * cache and pubsub, its built-in plugins for `jit: true` (graphql-jit executes the plan), and inbound
 * deduplication (identical requests in flight, all headers alike, answered once). The CLI's exported
 * helpers build the same pieces here, so the runtime's configuration is the CLI's.
 */
async function startHiveJit(target: Target, port: number): Promise<string> {
  const log = new Logger();
  const pubsub = new MemPubSub();
  const cwd = process.cwd();
  const cache = await getCacheInstanceFromConfig({}, { log, pubsub, cwd });
  const builtins = await getBuiltinPluginsFromConfig({ jit: true }, { log, cache, pubsub, cwd });
  const runtime = createGatewayRuntime({
    supergraph: target.supergraph,
    logging: log,
    cache,
    pubsub,
    inboundInflightRequestDeduplication: true,
    plugins: () => [...builtins, ...signing(target)],
    ...forwardAuthorization(),
  });
  return serveHive(runtime, port);
}

const START: Record<AnyGatewayKind, (target: Target, port: number) => Promise<string>> = {
  tradegraph: startTradegraph,
  apollo: startApollo,
  hive: startHive,
  "hive-jit": startHiveJit,
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { kind: { type: "string" } } });
  const kind = values.kind as AnyGatewayKind;
  if (!ALL_GATEWAY_KINDS.includes(kind)) throw new Error(`--kind is one of ${ALL_GATEWAY_KINDS.join(", ")}`);
  const given: Record<string, string> = JSON.parse(process.env.BENCH_SUBGRAPHS ?? "{}");
  const urls = Object.fromEntries(Object.entries(given).filter(([name]) => isDepartment(name))) as Record<Department, string>;
  const supergraph = process.env.BENCH_SUPERGRAPH;
  const target: Target = supergraph
    ? { supergraph, departmentAt: new Map() }
    : { supergraph: supergraphFor(urls), departmentAt: new Map(DEPARTMENTS.map((department) => [urls[department], department])) };
  send({ type: "ready", url: await START[kind](target, Number(process.env.BENCH_PORT ?? 0)) });
}

main().catch((error: unknown) => {
  console.error("bench gateway failed:", error);
  process.exit(1);
});
