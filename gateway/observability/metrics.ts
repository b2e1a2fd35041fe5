import type { ApolloServerPlugin } from "@apollo/server";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Identity } from "../../lib/auth/identity";
import type { Route } from "../../lib/http";
import type { BreakerState } from "../fetch/resilience";

/**
 * Prometheus metrics of one gateway (prom-client), served at /metrics: requests, errors and latency per
 * operation, latency and outcome per subgraph fetch, each department's circuit, and how often the query
 * plan cache and the persisted queries (the partners' safelist, automatic persisted queries) are hit.
 * Operation names are the clients' own words, so
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
  /** Counts one look-up of a query plan: a plan object seen before came from the cache. */
  queryPlan(plan: object): void;
  /** Counts one look-up of a partner's registered operation by id. */
  safelist(outcome: "hit" | "miss"): void;
  /** Counts one request refused before or instead of running (lib/http.ts: credentials, rate, safelist, size, 404). */
  refusal(refusal: { status: number; code: string }): void;
  /** Counts one answered request: the plugin's for each request it runs, the gateway's for one that shared another's answer. */
  answered(answer: AnsweredRequest): void;
  /** Counts one request that joined an identical request under way and shares its answer (gateway/inbound/sharing.ts). */
  sharedAnswer(): void;
  route: Route;
}

export interface AnsweredRequest {
  operationName: string | null | undefined;
  role: string | undefined;
  /** The answer's error codes, in order. */
  errorCodes: string[];
  status: number;
  seconds: number;
}

const CIRCUIT_VALUE: Record<BreakerState, number> = { closed: 0, "half-open": 1, open: 2 };

export function createGatewayMetrics(circuits: () => Iterable<[string, BreakerState]> = () => []): GatewayMetrics {
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
  new Gauge({
    name: "tradegraph_gateway_circuit_state",
    help: "Each department's circuit breaker: 0 closed, 1 half-open (one probe may pass), 2 open (answered for at once)",
    labelNames: ["subgraph"],
    registers: [registry],
    collect() {
      for (const [subgraph, state] of circuits()) this.set({ subgraph }, CIRCUIT_VALUE[state]);
    },
  });
  const planLookups = new Counter({
    name: "tradegraph_gateway_query_plan_cache_total",
    help: "Query plans looked up in the gateway's plan cache, by outcome (hit, or miss: planned afresh)",
    labelNames: ["outcome"],
    registers: [registry],
  });
  const persistedLookups = new Counter({
    name: "tradegraph_gateway_persisted_query_lookups_total",
    help: "Persisted-query look-ups by kind (safelist: a partner's registered operation; apq: automatic persisted queries) and outcome",
    labelNames: ["kind", "outcome"],
    registers: [registry],
  });
  const refusals = new Counter({
    name: "tradegraph_gateway_refusals_total",
    help: "Requests refused with a 4xx status before or instead of running (authentication, rate limit, safelist, cost and depth limits, size, unknown path), by code and status",
    labelNames: ["code", "status"],
    registers: [registry],
  });
  const shared = new Counter({
    name: "tradegraph_gateway_shared_answers_total",
    help: "GraphQL requests that joined an identical request of the same caller under way and were answered with its answer, without running",
    registers: [registry],
  });
  // Codes come from this code base (HttpRejection, Apollo's codes), never from the caller: a bounded set.
  const refusal = ({ status, code }: { status: number; code: string }) => refusals.inc({ code, status: String(status) });
  const seenPlans = new WeakSet<object>();
  const known = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    if (!name) return "anonymous";
    if (!NAME.test(name)) return "other";
    if (known.has(name)) return name;
    if (known.size >= MAX_OPERATION_NAMES) return "other";
    known.add(name);
    return name;
  };
  const answered = ({ operationName, role, errorCodes, status, seconds }: AnsweredRequest) => {
    const operation = operationLabel(operationName);
    duration.observe({ operation }, seconds);
    requests.inc({ operation, role: role ?? "unknown", outcome: errorCodes.length > 0 ? "error" : "ok" });
    // Refused by GraphQL itself (parse, validation, the role's depth and cost limits, introspection):
    // the request log line has already said so, once.
    if (status >= 400 && status < 500) refusal({ status, code: errorCodes[0] ?? "BAD_REQUEST" });
  };
  return {
    registry,
    plugin: {
      async requestDidStart({ request }) {
        const started = performance.now();
        return {
          async willSendResponse({ contextValue, response, operationName, metrics }) {
            if (request.extensions?.persistedQuery) {
              persistedLookups.inc({ kind: "apq", outcome: metrics.persistedQueryHit ? "hit" : metrics.persistedQueryRegister ? "registered" : "miss" });
            }
            const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
            answered({
              operationName: operationName ?? request.operationName,
              role: contextValue.identity?.role,
              errorCodes: errors.map((error) => String(error.extensions?.code ?? "BAD_REQUEST")),
              status: response.http.status ?? 200,
              seconds: (performance.now() - started) / 1000,
            });
          },
        };
      },
    },
    answered,
    sharedAnswer: () => shared.inc(),
    subgraphFetch: (subgraph) => {
      const stop = fetches.startTimer({ subgraph });
      return (outcome) => stop({ outcome });
    },
    queryPlan: (plan) => {
      planLookups.inc({ outcome: seenPlans.has(plan) ? "hit" : "miss" });
      seenPlans.add(plan);
    },
    safelist: (outcome) => persistedLookups.inc({ kind: "safelist", outcome }),
    refusal,
    route: async () => ({ status: 200, contentType: registry.contentType, body: await registry.metrics() }),
  };
}
