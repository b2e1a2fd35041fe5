import type { ApolloServerPlugin } from "@apollo/server";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Identity } from "../../lib/auth/identity";
import type { Route } from "../../lib/http";

/**
 * Prometheus metrics of one gateway (prom-client), served at /metrics: requests, errors and latency per
 * operation, and latency and outcome per subgraph fetch. Operation names are the clients' own words, so
 * only the first MAX_OPERATION_NAMES distinct well-formed names get their own series; the rest count as
 * "other", and a request without a name as "anonymous".
 */
export const MAX_OPERATION_NAMES = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface GatewayMetrics {
  registry: Registry;
  plugin: ApolloServerPlugin<{ identity: Identity }>;
  /** Times one subgraph fetch; call the returned function with its outcome when it ends. */
  subgraphFetch(subgraph: string): (outcome: "ok" | "error" | "timeout") => void;
  route: Route;
}

export function createGatewayMetrics(): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "tradegraph_gateway_" });
  const requests = new Counter({
    name: "tradegraph_gateway_requests_total",
    help: "GraphQL requests answered, by operation, caller role and outcome",
    labelNames: ["operation", "role", "outcome"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "tradegraph_gateway_request_duration_seconds",
    help: "Time from receiving a GraphQL request to answering it, by operation",
    labelNames: ["operation"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const fetches = new Histogram({
    name: "tradegraph_gateway_subgraph_fetch_duration_seconds",
    help: "Time of one fetch from a department's subgraph, by subgraph and outcome",
    labelNames: ["subgraph", "outcome"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const known = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    if (!name) return "anonymous";
    if (!NAME.test(name)) return "other";
    if (known.has(name)) return name;
    if (known.size >= MAX_OPERATION_NAMES) return "other";
    known.add(name);
    return name;
  };
  return {
    registry,
    plugin: {
      async requestDidStart({ request }) {
        const stop = duration.startTimer();
        return {
          async willSendResponse({ contextValue, response, operationName }) {
            const operation = operationLabel(operationName ?? request.operationName);
            stop({ operation });
            const failed = response.body.kind === "single" && (response.body.singleResult.errors?.length ?? 0) > 0;
            requests.inc({ operation, role: contextValue.identity?.role ?? "unknown", outcome: failed ? "error" : "ok" });
          },
        };
      },
    },
    subgraphFetch: (subgraph) => {
      const stop = fetches.startTimer({ subgraph });
      return (outcome) => stop({ outcome });
    },
    route: async () => ({ status: 200, contentType: registry.contentType, body: await registry.metrics() }),
  };
}
