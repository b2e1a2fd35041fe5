import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import type { Redis } from "ioredis";
import type { Identity, Role } from "../lib/auth/identity";
import { ErrorCode } from "../lib/graphql/errors";
import { healthRoutes, HttpRejection, serveGraphQL, type IncomingGraphQL } from "../lib/http";
import { CEB_PATH, cebMessages } from "./endpoints/ceb-endpoint";
import { certificatesFromGraph } from "./endpoints/ceb-certificates";
import type { SignatureMode } from "./endpoints/ceb-signature";
import { loadEnv } from "../lib/config";
import { csvExports, EXPORT_PATH } from "./endpoints/csv-export";
import { dashboardRoutes } from "./endpoints/dashboard";
import { exportLinkKey } from "./endpoints/export-link";
import { explorerRoutes } from "./endpoints/explorer";
import { partnerOperationRoutes } from "./endpoints/partner-operations";
import { createGatewayMetrics } from "./observability/metrics";
import { supergraphFromFile } from "./supergraph/supergraph-file";
import { logger } from "../lib/logger";
import { currentRequest, type RequestIdTrust } from "../lib/request-context";
import { requestLogEntry, useRequestIdExtension, useRequestLog } from "../lib/request-log";
import type { RunningService } from "../lib/subgraph";
import { createAuthenticator, type AuthOptions } from "./security/auth";
import { MAX_TOKENS, useOperationLimits, type OperationLimits } from "./security/limits";
import { anonymousCaller } from "./security/anonymous";
import { applySafelist, manifestFromFile, redisQueryCache } from "./security/persisted-queries";
import { createRateLimiter, type RateLimit } from "./security/rate-limit";
import { SERVICE_HEADER, verifyServiceRequest } from "../lib/trust/service-identity";
import { CONTEXT_HEADER, ContextRejected, contextKey, ReplayGuard, signContext } from "../lib/trust/subgraph-context";
import { DepartmentDataSource } from "./fetch/department-source";
import { inboundSharing } from "./inbound/sharing";
import { departmentReady } from "./fetch/resilience";
import { useOneErrorPerDepartment } from "./fetch/errors";
import { parseUrlList } from "../lib/replicas";

export interface GatewayContext extends Record<string, unknown> {
  identity: Identity;
  operation: string | null;
  /** When the answer is due (epoch ms): no subgraph fetch runs past it. */
  deadline: number;
  /**
   * What the request was answered with, for the requests that shared its answer (their log lines and metrics).
   * A holder, filled in by a plugin: Apollo hands plugins a shallow copy of the context.
   */
  answered?: { outcome?: { operationName: string | null; errorCodes: string[]; status: number } };
}

/** Notes on the context what a request was answered with: the last plugin, so that the errors are those the client gets. */
const useAnsweredOutcome: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response, operationName }) {
        if (!contextValue.answered) return;
        const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
        contextValue.answered.outcome = {
          operationName: operationName ?? null,
          errorCodes: errors.map((error) => String(error.extensions?.code ?? "UNKNOWN")),
          status: response.http.status ?? 200,
        };
      },
    };
  },
};

/** How long one request may take in all, across every subgraph fetch its query plan makes. */
export const DEFAULT_REQUEST_DEADLINE_MS = 15_000;

export interface GatewayOptions {
  /** The composed supergraph SDL (supergraph.graphql or any other composition) … */
  supergraphSdl?: string;
  /** … or a file holding it, taken again whenever it changes. */
  supergraphFile?: string;
  /** Where each subgraph is reachable (one URL, or its replicas' comma-separated), overriding the routing URLs recorded in the supergraph. */
  subgraphUrls?: Partial<Record<string, string>>;
  port: number;
  host?: string;
  auth: AuthOptions;
  /** Shared with the subgraphs: signs the context each subgraph request carries. */
  contextSecret: string;
  /** The partners' persisted-query manifest. */
  manifestFile: string;
  /** Shares automatic persisted queries and rate-limit counters between replicas. */
  redis?: Redis;
  introspection: boolean;
  /** Per subgraph fetch; DEFAULT_SUBGRAPH_TIMEOUT_MS when not given. */
  subgraphTimeoutMs?: number;
  /** For a whole request; DEFAULT_REQUEST_DEADLINE_MS when not given. */
  requestDeadlineMs?: number;
  limits?: Record<Role, OperationLimits>;
  rateLimits?: Record<Role, RateLimit>;
  /** Browser origins allowed to call the graph (CORS_ORIGINS); none by default. */
  corsOrigins?: readonly string[];
  /** Whose x-request-id the gateway keeps (REQUEST_ID_TRUST); any well-formed one by default. */
  requestIds?: RequestIdTrust;
  /** CEB_SIGNATURES: "required" by default; "optional" (demo and tests) takes unsigned lists, and is refused in production. */
  cebSignatures?: SignatureMode;
}

/** How the gateway authenticates callers, limits them, and signs what it sends to the subgraphs. */
export type GatewaySecurity = Pick<
  GatewayOptions,
  | "auth"
  | "contextSecret"
  | "manifestFile"
  | "redis"
  | "introspection"
  | "limits"
  | "rateLimits"
  | "subgraphTimeoutMs"
  | "requestDeadlineMs"
  | "corsOrigins"
  | "requestIds"
  | "cebSignatures"
>;

export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  if (options.cebSignatures === "optional" && loadEnv().NODE_ENV === "production") {
    throw new Error("CEB_SIGNATURES=optional takes unsigned declarations: it is for demos and tests, never with NODE_ENV=production");
  }
  const log = logger.child({ service: "gateway" });
  const key = contextKey(options.contextSecret);
  const authenticate = createAuthenticator(options.auth);
  const limitRate = createRateLimiter({ redis: options.redis, limits: options.rateLimits });
  // The latest data source per department (a new supergraph builds new ones), for the circuit-state gauge.
  const departments = new Map<string, DepartmentDataSource<GatewayContext>>();
  const metrics = createGatewayMetrics(() => [...departments].map(([name, source]) => [name, source.circuit]));
  const deadlineMs = options.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS;
  const manifest = manifestFromFile(options.manifestFile, (error) =>
    log.error({ err: error }, "persisted-query manifest not loaded; keeping the last good one"),
  );

  if (!options.supergraphSdl === !options.supergraphFile) throw new Error("give the gateway exactly one of supergraphSdl and supergraphFile");
  const initialSdl = options.supergraphSdl ?? readFileSync(options.supergraphFile!, "utf8");
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphFile ? supergraphFromFile(options.supergraphFile, log) : initialSdl,
    buildService: ({ name, url }) => {
      const source = new DepartmentDataSource<GatewayContext>({
        department: name,
        url: options.subgraphUrls?.[name] ?? url ?? "",
        sign: async (department, body, context) => ({ [CONTEXT_HEADER]: await signContext(key, context, department, body) }),
        timeoutMs: options.subgraphTimeoutMs,
        observe: metrics.subgraphFetch,
      });
      departments.set(name, source);
      return source;
    },
    experimental_didResolveQueryPlan: ({ queryPlan }) => metrics.queryPlan(queryPlan),
    logger: log,
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    // Shutdown is ours (lib/http.ts close): Apollo's own signal handlers would stop the server a second time.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    introspection: options.introspection,
    persistedQueries: options.redis ? { cache: redisQueryCache(options.redis) } : {},
    plugins: [
      useOperationLimits({ introspection: options.introspection, limits: options.limits }),
      metrics.plugin,
      useOneErrorPerDepartment,
      useRequestLog((entry) => log.info(entry, "request")),
      useRequestIdExtension(),
      useAnsweredOutcome,
    ],
  });
  const serviceReplays = new ReplayGuard();
  const shareKey = inboundSharing();
  /** The caller, rate-limited unless it is one of the departments' own services (their load is the zone's work). */
  const identify = async (req: IncomingMessage, raw: string): Promise<Identity> => {
    const service = req.headers[SERVICE_HEADER];
    if (typeof service !== "string") {
      const identity = await authenticate(req);
      await limitRate(identity);
      return identity;
    }
    try {
      return await verifyServiceRequest(key, service, raw, serviceReplays);
    } catch (error) {
      if (error instanceof ContextRejected) throw new HttpRejection(401, ErrorCode.UNAUTHENTICATED, "the service token is not valid");
      throw error;
    }
  };
  const admit = async ({ req, raw, body, search }: IncomingGraphQL) => {
    // Only GraphQL requests naming an anonymous operation may come without a credential; the XML and CSV endpoints never.
    const anonymous = anonymousCaller(req, manifest(), (req.method ?? "GET").toUpperCase(), body, search, currentRequest()?.requestId ?? randomUUID());
    if (anonymous) await limitRate(anonymous);
    const identity = anonymous ?? (await identify(req, raw));
    const rewritten = applySafelist(identity, manifest, (req.method ?? "GET").toUpperCase(), body, search, metrics.safelist);
    const sent = (rewritten.body ?? body) as { operationName?: unknown } | undefined;
    const operationName = typeof sent?.operationName === "string" ? sent.operationName : new URLSearchParams(rewritten.search ?? search).get("operationName");
    const context: GatewayContext = { identity, operation: operationName, deadline: Date.now() + deadlineMs, answered: {} };
    const method = (req.method ?? "GET").toUpperCase();
    const key = shareKey(identity, method, rewritten.body ?? body, rewritten.search ?? search, req.headers);
    // A request that shares an earlier one's answer was authenticated and rate-limited above; its own log
    // line and metrics are written here. Its deadline is never earlier than the leader's (admitted first, with
    // the same allowance), so the shared answer is never later than its own would have been allowed to be.
    const join = () => {
      const started = performance.now();
      metrics.sharedAnswer();
      return (leader: GatewayContext) => {
        const answered = leader.answered?.outcome;
        if (!answered) return;
        const durationMs = performance.now() - started;
        log.info(requestLogEntry(context, answered.operationName, answered.errorCodes, durationMs), "request");
        metrics.answered({ ...answered, role: identity.role, seconds: durationMs / 1000 });
      };
    };
    // A department's service reading for a user carries that user's request id: its log lines join the user's.
    return { context, requestId: identity.requestId, share: key === undefined ? undefined : { key, join }, ...rewritten };
  };
  // Where each department is: the routing URL the supergraph records, unless overridden.
  const subgraphs: Record<string, string> = {
    ...Object.fromEntries([...initialSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map((match) => [match[1]!, match[2]!])),
    ...Object.fromEntries(Object.entries(options.subgraphUrls ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string")),
  };
  /** Runs an operation for a caller already identified (the XML and CSV endpoints), as a GraphQL request would run. */
  const runOperation = (query: string, operationName: string | undefined, variables: Record<string, unknown>, identity: Identity) =>
    server.executeOperation(
      { query, operationName, variables },
      { contextValue: { identity, operation: operationName ?? null, deadline: Date.now() + deadlineMs } },
    );
  const routes = {
    ...healthRoutes({
      supergraph: async () => {
        if (!gateway.schema) throw new Error("the supergraph is not loaded");
      },
      ...Object.fromEntries(
        Object.entries(subgraphs).map(([name, url]) => [
          name,
          async () => {
            if (!(await departmentReady(parseUrlList(url))())) throw new Error(`the ${name} service is not ready`);
          },
        ]),
      ),
    }),
    "/metrics": metrics.route,
    ...explorerRoutes(),
    ...dashboardRoutes(),
    [CEB_PATH]: cebMessages({
      identify,
      schema: () => gateway.schema,
      operations: manifest,
      execute: runOperation,
      signatures: options.cebSignatures ?? "required",
      certificates: certificatesFromGraph(runOperation),
    }),
    ...partnerOperationRoutes({ identify, schema: () => gateway.schema, operations: manifest }),
    [EXPORT_PATH]: csvExports({
      identify,
      schema: () => gateway.schema,
      execute: runOperation,
      linkKey: exportLinkKey(options.contextSecret),
      limit: limitRate,
    }),
  };
  const http = await serveGraphQL(
    server,
    {
      port: options.port,
      host: options.host,
      service: "gateway",
      corsOrigins: options.corsOrigins,
      requestIds: options.requestIds,
      onRefusal: metrics.refusal,
    },
    admit,
    routes,
  );
  log.info({ url: http.url }, "gateway listening");
  return { name: "gateway", url: http.url, stop: http.close };
}
