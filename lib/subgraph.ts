import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema, type GraphQLResolverMap } from "@apollo/subgraph";
import { GraphQLScalarType, parse } from "graphql";
import { ContextRejected, CONTEXT_HEADER, ReplayGuard, verifyContext } from "../gateway/plugins/subgraph-context";
import { enforcePolicies, readableWhere, type PersonalDataRead, type PolicyContext } from "./auth/policy";
import type { ClientFactory, Database, PrismaLike } from "./db/database";
import { isDatabaseUnavailable } from "./db/faults";
import type { World } from "./demo/world";
import type { Department } from "./departments";
import { ErrorCode } from "./graphql/errors";
import { scalarResolvers } from "./graphql/scalars";
import { subgraphSdl } from "./graphql/schema";
import { graphClient, type GraphClient } from "./graph-client";
import { healthRoutes, HttpRejection, serveGraphQL } from "./http";
import { logger } from "./logger";
import { createSubgraphMetrics } from "./metrics";
import { useRequestLog } from "./request-log";

/**
 * What a request's resolvers get: the caller (verified from the gateway's signed context), the
 * department's own Prisma client, this request's DataLoaders, and the row scope of the caller.
 */
export interface SubgraphContext<Client, Loaders> extends PolicyContext {
  prisma: Client;
  loaders: Loaders;
  /** Other departments' data, read through the gateway as this department's service. */
  graph: GraphClient;
  /** The Prisma condition that limits a list of `typeName` records to those the caller may read. */
  readable(typeName: string): object;
}

/** Everything that makes one department's subgraph; the shared code below turns it into a service. */
export interface DepartmentService<Client extends PrismaLike, Loaders> {
  name: Department;
  createClient: ClientFactory<Client>;
  createLoaders(prisma: Client): Loaders;
  /** Resolver maps; several (records, statistics) are merged type by type. */
  resolvers: object | object[];
  /** Stores this department's slice of the demo world. */
  seed(prisma: Client, world: World): Promise<void>;
  /** Appends full reads of personal data to the department's audit log (departments that hold any). */
  recordAudit?(prisma: Client, reads: PersonalDataRead[]): Promise<unknown>;
  /** Work the service does by itself now and then, as its own staff (e.g. deciding lists that still wait). */
  sweep?(context: SubgraphContext<Client, Loaders>): Promise<unknown>;
}

const databaseUnavailable = (department: string) => `the ${department} database is unavailable for a moment; send the request again`;

/** How often a service's sweep runs. */
export const SWEEP_INTERVAL_MS = 60_000;

export interface RunningService {
  name: string;
  url: string;
  stop(): Promise<void>;
}

function mergeResolvers(maps: object[]): Record<string, Record<string, unknown>> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      // Scalars are objects of their own, not maps of fields: taken as they are.
      merged[type] = fields instanceof GraphQLScalarType ? fields : { ...merged[type], ...fields };
    }
  }
  return merged;
}

export function buildDepartmentSchema(service: DepartmentService<PrismaLike, unknown>) {
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(subgraphSdl(service.name)),
      resolvers: mergeResolvers([scalarResolvers, ...[service.resolvers].flat()]) as GraphQLResolverMap<unknown>,
    },
  ]);
  return { schema, policies: enforcePolicies(schema) };
}

export async function startSubgraph<Client extends PrismaLike, Loaders>(
  service: DepartmentService<Client, Loaders>,
  db: Database<Client>,
  listen: { port: number; host?: string; contextKey: Uint8Array; gatewayUrl: () => string | undefined },
): Promise<RunningService> {
  const log = logger.child({ service: service.name });
  const { schema, policies } = buildDepartmentSchema(service as DepartmentService<PrismaLike, unknown>);
  const replays = new ReplayGuard();
  const metrics = createSubgraphMetrics(service.name, db.sql);
  const graph = graphClient(service.name, listen.contextKey, listen.gatewayUrl);
  const server = new ApolloServer<SubgraphContext<Client, Loaders>>({
    schema,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      useRequestLog((entry) => log.info(entry, "request")),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              metrics.count(response.body.kind === "single" && response.body.singleResult.errors?.length ? "error" : "ok");
            },
          };
        },
      },
      {
        // Full reads of personal data are answered only once they are on record.
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, response }) {
              if (contextValue.audit.length === 0) return;
              try {
                if (!service.recordAudit) throw new Error(`${service.name} has personal data but no audit log`);
                await service.recordAudit(db.prisma, contextValue.audit);
              } catch (error) {
                log.error({ err: error }, "audit log write failed");
                const transient = isDatabaseUnavailable(error);
                response.body = {
                  kind: "single",
                  singleResult: {
                    data: null,
                    errors: [
                      {
                        message: transient ? databaseUnavailable(service.name) : "the audit log is unavailable",
                        extensions: transient ? { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true } : { code: "INTERNAL_SERVER_ERROR" },
                      },
                    ],
                  },
                };
              }
            },
          };
        },
      },
    ],
    // Shutdown is ours (lib/http.ts close): Apollo's own signal handlers would stop the server a second time.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
      // The database gone for a moment is no fault of the request: the caller is told to send it again
      // (filings are idempotent, so a resend never stores a document twice).
      if (isDatabaseUnavailable(error)) {
        // The dropped connection itself is logged where it drops (lib/db/database.ts): one short line per answer here.
        log.warn({ path: formatted.path }, "database unavailable; answered SERVICE_UNAVAILABLE");
        return { ...formatted, message: databaseUnavailable(service.name), extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true } };
      }
      // Unexpected failures can carry SQL or driver details; log them here, tell the client only that it failed.
      log.error({ err: error }, "resolver failed");
      return { ...formatted, message: `internal error in the ${service.name} service` };
    },
  });
  const routes = {
    "/metrics": metrics.route,
    ...healthRoutes({
      database: async () => {
        try {
          await db.sql.query("SELECT 1");
        } catch {
          throw new Error(`the ${service.name} database does not answer`);
        }
      },
    }),
  };
  const http = await serveGraphQL(server, listen, async ({ req, raw }) => {
    const header = req.headers[CONTEXT_HEADER];
    let verified;
    try {
      verified = await verifyContext(listen.contextKey, Array.isArray(header) ? header[0] : header, service.name, raw, replays);
    } catch (error) {
      if (error instanceof ContextRejected) {
        log.warn({ reason: error.message }, "request without a valid gateway context refused");
        throw new HttpRejection(401, ErrorCode.UNAUTHENTICATED, "requests must come through the gateway");
      }
      throw error;
    }
    const { identity, operation } = verified;
    return {
      context: {
        identity,
        operation,
        audit: [],
        prisma: db.prisma,
        graph,
        loaders: service.createLoaders(db.prisma),
        readable: (typeName: string) => {
          const policy = policies.get(typeName);
          if (!policy) throw new Error(`${typeName} has no @access policy`);
          return readableWhere(identity, policy);
        },
      },
    };
  }, routes);
  log.info({ url: http.url }, "subgraph listening");
  let sweeping = false;
  const timer = service.sweep
    ? setInterval(() => {
        if (sweeping) return;
        sweeping = true;
        const identity = { subject: `service:${service.name}`, role: "staff" as const, department: service.name, usccs: [], requestId: randomUUID() };
        service
          .sweep!({ identity, operation: "sweep", audit: [], prisma: db.prisma, graph, loaders: service.createLoaders(db.prisma), readable: () => ({}) })
          .catch((error: unknown) => log.error({ err: error }, "sweep failed"))
          .finally(() => (sweeping = false));
      }, SWEEP_INTERVAL_MS)
    : undefined;
  timer?.unref();
  return {
    name: service.name,
    url: http.url,
    stop: async () => {
      clearInterval(timer);
      await http.close();
    },
  };
}
