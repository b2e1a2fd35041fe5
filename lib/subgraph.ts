import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { ContextRejected, CONTEXT_HEADER, ReplayGuard, verifyContext } from "./trust/subgraph-context";
import { readableWhere, type PersonalDataRead, type PolicyContext } from "./auth/policy";
import type { ClientFactory, Database, PrismaLike } from "./db/database";
import { databaseUnavailableError, isDatabaseUnavailable } from "./db/faults";
import type { Department } from "./departments";
import type { Identity } from "./auth/identity";
import { randomUUID } from "node:crypto";
import { ErrorCode, inputValueRefusal } from "./graphql/errors";
import { graphClient, type GraphClient } from "./graph-client";
import { healthRoutes, HttpRejection, serveGraphQL } from "./http";
import { loadEnv } from "./config";
import { logger } from "./logger";
import { createSubgraphMetrics } from "./metrics";
import { useRequestLog } from "./request-log";
import { useAuditLog } from "./service/audit-log";
import { useOutcomeMetrics } from "./service/outcome-metrics";
import { buildDepartmentSchema } from "./service/schema";
import { startJobs, type Jobs } from "./service/jobs";

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
  /** Appends full reads of personal data to the department's audit log (departments that hold any). */
  recordAudit?(prisma: Client, reads: PersonalDataRead[]): Promise<unknown>;
  /**
   * Work the service does by itself now and then, as its own staff (e.g. deciding lists that still wait);
   * `signal` is its job's (lib/service/jobs.ts), checked between batches. Each step must be safe to take twice at
   * once (a conditional update, a keyed insert): a run stalled past its heartbeat may overlap the next.
   */
  sweep?(context: SubgraphContext<Client, Loaders>, signal?: AbortSignal): Promise<unknown>;
  /**
   * Work the service does by itself every RELAY_INTERVAL_MS (customs relaying the departments' events to
   * partners); `jobs` lets it queue the work its result calls for at once (customs: dispatching what it relayed).
   */
  relay?(context: SubgraphContext<Client, Loaders>, jobs: Jobs, signal?: AbortSignal): Promise<unknown>;
  /** Puts the department's workers on its job engine (customs: webhook deliveries); `context` is its own, as its staff. */
  startWork?(jobs: Jobs, context: () => SubgraphContext<Client, Loaders>): Promise<unknown>;
}

/** The queue of a department's sweep in its job engine. */
export const SWEEP_JOB = "sweep";
/** The queue of a department's relay in its job engine. */
export const RELAY_JOB = "relay";
/**
 * How often a department's relay runs (once per period across its replicas, like the sweep): partners read an
 * event about this long after its change at most, plus the relay's own time.
 */
export const RELAY_INTERVAL_MS = 1000;

export interface RunningService {
  name: string;
  url: string;
  stop(): Promise<void>;
}

export async function startSubgraph<Client extends PrismaLike, Loaders>(
  service: DepartmentService<Client, Loaders>,
  db: Database<Client>,
  listen: {
    port: number;
    host?: string;
    contextKey: Uint8Array;
    gatewayUrl: () => string | undefined;
    /** The sweep's period; SWEEP_INTERVAL_MS (a minute) unless a test shortens it. */
    sweepIntervalMs?: number;
  },
): Promise<RunningService> {
  const log = logger.child({ service: service.name });
  const { schema, policies } = buildDepartmentSchema(service.name, service.resolvers);
  const replays = new ReplayGuard();
  const metrics = createSubgraphMetrics(service.name, db.sql);
  const graph = graphClient(service.name, listen.contextKey, listen.gatewayUrl);
  /** The graph as this service serving one request: a user's request is named in what the service reads for it. */
  const graphFor = (identity: Identity, operation: string | null) => {
    const user = identity.onBehalfOf ?? (identity.service ? null : { subject: identity.subject, operation });
    return user ? graphClient(service.name, listen.contextKey, listen.gatewayUrl, { ...user, requestId: identity.requestId }) : graph;
  };
  const server = new ApolloServer<SubgraphContext<Client, Loaders>>({
    schema,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      useRequestLog((entry) => log.info(entry, "request")),
      useOutcomeMetrics(metrics.count),
      useAuditLog(service.name, service.recordAudit && ((reads) => service.recordAudit!(db.prisma, reads)), log),
    ],
    // Shutdown is ours (lib/http.ts close): Apollo's own signal handlers would stop the server a second time.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      const refusal = inputValueRefusal(error);
      if (refusal) return { ...refusal, locations: formatted.locations };
      if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
      // The database gone for a moment is no fault of the request: the caller is told to send it again
      // (filings are idempotent, so a resend never stores a document twice).
      if (isDatabaseUnavailable(error)) {
        // The dropped connection itself is logged where it drops (lib/db/database.ts): one short line per answer here.
        log.warn({ path: formatted.path }, "database unavailable; answered SERVICE_UNAVAILABLE");
        return { ...formatted, ...databaseUnavailableError(service.name) };
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
  const http = await serveGraphQL(
    server,
    { ...listen, service: service.name },
    async ({ req, raw }) => {
      const header = req.headers[CONTEXT_HEADER];
      let verified;
      try {
        verified = await verifyContext(listen.contextKey, Array.isArray(header) ? header[0] : header, service.name, raw, replays);
      } catch (error) {
        if (error instanceof ContextRejected) {
          throw new HttpRejection(401, ErrorCode.UNAUTHENTICATED, "requests must come through the gateway", {}, { logDetail: error.message });
        }
        throw error;
      }
      const { identity, operation } = verified;
      return {
        // The gateway's request id, so that this service's log lines and answer carry the caller's.
        requestId: identity.requestId,
        context: {
          identity,
          operation,
          audit: [],
          prisma: db.prisma,
          graph: graphFor(identity, operation),
          loaders: service.createLoaders(db.prisma),
          readable: (typeName: string) => {
            const policy = policies.get(typeName);
            if (!policy) throw new Error(`${typeName} has no @access policy`);
            return readableWhere(identity, policy);
          },
        },
      };
    },
    routes,
  );
  const identity = (): Identity => ({
    subject: `service:${service.name}`,
    role: "staff",
    department: service.name,
    usccs: [],
    requestId: randomUUID(),
    service: true,
  });
  /** The context of the service's own work, as its own staff: each run a request of its own, with its own id. */
  const ownContext = (operation: string): SubgraphContext<Client, Loaders> => ({
    identity: identity(),
    operation,
    audit: [],
    prisma: db.prisma,
    graph,
    loaders: service.createLoaders(db.prisma),
    readable: () => ({}),
  });
  const jobs =
    service.sweep || service.relay || service.startWork
      ? await startJobs(service.name, db.engine, log).catch(async (error: unknown) => {
          await http.close();
          throw error;
        })
      : undefined;
  /** Runs the service's own work once per period across its replicas, logging a failure (the next period runs it again). */
  const periodic = async (name: string, intervalMs: number, work: (context: SubgraphContext<Client, Loaders>, signal: AbortSignal) => Promise<unknown>) =>
    jobs!.every(name, intervalMs, async (signal) => {
      try {
        await work(ownContext(name), signal);
      } catch (error) {
        log.error({ err: error }, `${name} failed`);
        throw error;
      }
    });
  try {
    // The workers first: the relay may queue their jobs from its first run on.
    if (jobs && service.startWork) await service.startWork(jobs, () => ownContext("job"));
    if (service.sweep) await periodic(SWEEP_JOB, listen.sweepIntervalMs ?? loadEnv().SWEEP_INTERVAL_MS, service.sweep);
    if (service.relay) await periodic(RELAY_JOB, RELAY_INTERVAL_MS, (context, signal) => service.relay!(context, jobs!, signal));
  } catch (error) {
    await jobs?.stop();
    await http.close();
    throw error;
  }
  // Announced once its jobs run too: whoever waits for this line may stop the service at once.
  log.info({ url: http.url }, "subgraph listening");
  return {
    name: service.name,
    url: http.url,
    stop: async () => {
      await jobs?.stop();
      await http.close();
    },
  };
}
