/**
 * One gateway under test, alone in its process so that its memory is its own:
 *   --kind tradegraph   ours (gateway/gateway.ts): verifies the JWT, limits, rate-limits, metrics, request log
 *   --kind apollo       plain @apollo/gateway in @apollo/server's standalone server, at its defaults
 *   --kind hive         @graphql-hive/gateway's runtime on node:http, at its defaults
 * The subgraphs refuse unsigned requests, so the peers sign each subgraph request as PEER_IDENTITY, which
 * is all they add. BENCH_SUBGRAPHS (JSON, department → URL) says where the subgraphs are; BENCH_PORT
 * where to listen (0: any free port). Reports its URL over IPC.
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { createGatewayRuntime } from "@graphql-hive/gateway";
import { DEPARTMENTS, isDepartment, type Department } from "../lib/departments";
import { stopOnSignals } from "../lib/shutdown";
import { startGateway } from "../gateway/gateway";
import { CONTEXT_HEADER, contextKey, signContext, type VerifiedContext } from "../lib/trust/subgraph-context";
import { benchSecurity, GATEWAY_KINDS, PEER_IDENTITY, secretsFromEnv, send, supergraphFor, type GatewayKind } from "./shared";

const PEER_CONTEXT: VerifiedContext = { identity: PEER_IDENTITY, operation: null };

async function startTradegraph(urls: Record<Department, string>, port: number): Promise<string> {
  const secrets = secretsFromEnv();
  const gateway = await startGateway({ supergraphSdl: supergraphFor(urls), port, ...benchSecurity(secrets) });
  stopOnSignals(gateway.stop);
  return gateway.url;
}

async function startApollo(urls: Record<Department, string>, port: number): Promise<string> {
  const key = contextKey(secretsFromEnv().contextSecret);
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFor(urls),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url,
        async willSendRequest({ request }) {
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

async function startHive(urls: Record<Department, string>, port: number): Promise<string> {
  const key = contextKey(secretsFromEnv().contextSecret);
  const departmentAt = new Map(DEPARTMENTS.map((department) => [urls[department], department]));
  const runtime = createGatewayRuntime({
    supergraph: supergraphFor(urls),
    plugins: () => [
      {
        async onFetch({ url, options, setOptions }) {
          const department = departmentAt.get(url);
          // Only subgraph fetches are signed; the runtime fetches nothing else with this configuration.
          if (!department || typeof options.body !== "string") return;
          setOptions({ ...options, headers: { ...options.headers, [CONTEXT_HEADER]: await signContext(key, PEER_CONTEXT, department, options.body) } });
        },
      },
    ],
  });
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

const START: Record<GatewayKind, (urls: Record<Department, string>, port: number) => Promise<string>> = {
  tradegraph: startTradegraph,
  apollo: startApollo,
  hive: startHive,
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { kind: { type: "string" } } });
  const kind = values.kind as GatewayKind;
  if (!GATEWAY_KINDS.includes(kind)) throw new Error(`--kind is one of ${GATEWAY_KINDS.join(", ")}`);
  const given: Record<string, string> = JSON.parse(process.env.BENCH_SUBGRAPHS ?? "{}");
  const urls = Object.fromEntries(Object.entries(given).filter(([name]) => isDepartment(name))) as Record<Department, string>;
  send({ type: "ready", url: await START[kind](urls, Number(process.env.BENCH_PORT ?? 0)) });
}

main().catch((error: unknown) => {
  console.error("bench gateway failed:", error);
  process.exit(1);
});
