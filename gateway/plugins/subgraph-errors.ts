import { AsyncLocalStorage } from "node:async_hooks";
import { RemoteGraphQLDataSource } from "@apollo/gateway";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../../lib/graphql/errors";
import { EntityBatcher } from "./entity-batching";
import { CircuitOpen, DEFAULT_RESILIENCE, DepartmentResilience, departmentReady, type BreakerState } from "./resilience";

type FetchResponse = Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0];
type WillSendOptions<Context extends Record<string, unknown>> = Parameters<NonNullable<RemoteGraphQLDataSource<Context>["willSendRequest"]>>[0];
type ProcessOptions<Context extends Record<string, unknown>> = Parameters<RemoteGraphQLDataSource<Context>["process"]>[0];
type ReceiveOptions<Context extends Record<string, unknown>> = Parameters<NonNullable<RemoteGraphQLDataSource<Context>["didReceiveResponse"]>>[0];

const DEPARTMENT_FAULTS = new Set<unknown>([ErrorCode.SUBGRAPH_UNAVAILABLE, ErrorCode.SUBGRAPH_TIMEOUT]);
/** A fetch cut short by the request's own deadline says nothing about the department: not retried, not counted by the breaker. */
const isDepartmentFault = (error: unknown) =>
  error instanceof GraphQLError && DEPARTMENT_FAULTS.has(error.extensions.code) && error.extensions.reason !== DEADLINE_REASON;

const DEADLINE_REASON = "REQUEST_DEADLINE";

/**
 * A department's own error may name another department it could not ask through the graph; @apollo/gateway
 * stamps every subgraph error with the answering subgraph's name, so that name is carried aside under this
 * key and put back before the response leaves.
 */
const NAMED_SERVICE = "namedServiceName";

/** When the gateway request a fetch belongs to must be answered (epoch ms); the fetcher reads it. */
const requestDeadline = new AsyncLocalStorage<number>();

class DeadlinePassed extends Error {
  override name = "DeadlinePassed";
}

/**
 * A query plan may fetch from a department several times (one fetch per aliased root field, say); when
 * the department is down the client is told once, not once per fetch.
 */
export const useOneErrorPerDepartment: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
        for (const error of response.body.singleResult.errors) {
          const extensions = error.extensions as Record<string, unknown> | undefined;
          if (extensions && typeof extensions[NAMED_SERVICE] === "string") {
            extensions.serviceName = extensions[NAMED_SERVICE];
            delete extensions[NAMED_SERVICE];
          }
        }
        const told = new Set<string>();
        response.body.singleResult.errors = response.body.singleResult.errors.filter((error) => {
          if (!DEPARTMENT_FAULTS.has(error.extensions?.code)) return true;
          const key = JSON.stringify([error.extensions?.code, error.extensions?.serviceName]);
          if (told.has(key)) return false;
          told.add(key);
          return true;
        });
      },
    };
  },
};

/** Headers to add to one subgraph request, given its exact body and the gateway request's context. */
export type SignRequest<Context> = (department: string, body: string, context: Context) => Promise<Record<string, string>>;

/**
 * Fetches from one department's subgraph. When the department cannot be reached, or does not answer in
 * time, the query plan goes on with the other departments; the client gets their data, that department's
 * fields as null, and one error naming the department (SUBGRAPH_UNAVAILABLE or SUBGRAPH_TIMEOUT). Errors
 * never carry the subgraph's internal address or raw body.
 */
/** How long one subgraph fetch may take before the department counts as timed out. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5_000;

export class DepartmentDataSource<Context extends Record<string, unknown>> extends RemoteGraphQLDataSource<Context> {
  constructor(
    private readonly department: string,
    url: string,
    private readonly sign: SignRequest<Context>,
    timeoutMs = DEFAULT_SUBGRAPH_TIMEOUT_MS,
    observe: (subgraph: string) => (outcome: "ok" | "error" | "timeout") => void = () => () => {},
    private readonly resilience = new DepartmentResilience(DEFAULT_RESILIENCE, departmentReady(url)),
  ) {
    super({
      url,
      // Node's own fetch, bounded by the subgraph timeout or the request's deadline, whichever comes first:
      // a slow department costs the others at most this long.
      fetcher: (async (input: string, init?: RequestInit) => {
        const remaining = (requestDeadline.getStore() ?? Infinity) - Date.now();
        const done = observe(department);
        if (remaining <= 0) {
          done("timeout");
          throw new DeadlinePassed();
        }
        try {
          const response = await fetch(input, { ...init, signal: AbortSignal.timeout(Math.min(timeoutMs, remaining)) });
          done("ok");
          return response;
        } catch (error) {
          const timedOut = (error as Error).name === "TimeoutError";
          done(timedOut ? "timeout" : "error");
          throw timedOut && remaining < timeoutMs ? new DeadlinePassed() : error;
        }
      }) as unknown as RemoteGraphQLDataSource["fetcher"],
    });
  }

  get circuit(): BreakerState {
    return this.resilience.state;
  }

  private readonly inFlight = new Map<string, ReturnType<RemoteGraphQLDataSource<Context>["process"]>>();

  override async process(options: ProcessOptions<Context>) {
    const { identity = {}, deadline = Infinity } = options.context as { identity?: Record<string, unknown>; deadline?: number };
    return requestDeadline.run(deadline, () => this.shareOrFetch(options, identity));
  }

  /**
   * Identical reads under way at the same time (same subgraph, same body, same caller) are fetched once
   * and shared; each follower gets its own copy of the answer. Mutations are always sent as asked.
   */
  private async shareOrFetch(options: ProcessOptions<Context>, identity: Record<string, unknown>) {
    // Staff may read personal data in full, and each such read is audited under its own request: never shared.
    const read = !/^\s*mutation\b/.test(options.request.query ?? "");
    if (!read || identity.role === "staff") return this.processWithResilience(options, read);
    const { requestId: _request, ...caller } = identity;
    const key = JSON.stringify([options.request.query, options.request.variables ?? null, caller]);
    const running = this.inFlight.get(key);
    if (running) {
      const { http, ...answer } = await running;
      return { ...structuredClone(answer), http };
    }
    const fetching = this.batchOrFetch(options, caller).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, fetching);
    return fetching;
  }

  private readonly entities = new EntityBatcher();

  /** An entity fetch joins the others of its shape and caller in this turn (gateway/plugins/entity-batching.ts). */
  private batchOrFetch(options: ProcessOptions<Context>, caller: Record<string, unknown>) {
    const { representations, ...others } = (options.request.variables ?? {}) as { representations?: unknown };
    if (!Array.isArray(representations) || !/\b_entities\s*\(/.test(options.request.query ?? "")) return this.processWithResilience(options, true);
    const key = JSON.stringify([options.request.query, others, caller, (options.context as { operation?: unknown }).operation ?? null]);
    return this.entities.add(key, representations, (all) =>
      this.processWithResilience({ ...options, request: { ...options.request, variables: { ...others, representations: all } } }, true),
    ) as ReturnType<RemoteGraphQLDataSource<Context>["process"]>;
  }

  /** Each try is signed afresh (willSendRequest runs again), so a retry is never refused as a replay. */
  private async processWithResilience(options: ProcessOptions<Context>, read: boolean) {
    try {
      return await this.resilience.run(() => super.process(options), { read, isFault: isDepartmentFault });
    } catch (error) {
      if (error instanceof CircuitOpen) {
        throw new GraphQLError(`The ${this.department} service is failing and is given a rest; its fields are null in this response.`, {
          extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.department, circuit: "open" },
        });
      }
      throw error;
    }
  }

  override didReceiveResponse({ response }: ReceiveOptions<Context>) {
    for (const error of response.errors ?? []) {
      const named = error.extensions?.serviceName;
      if (typeof named === "string") (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, [NAMED_SERVICE]: named };
    }
    return response;
  }

  override async willSendRequest({ request, context }: WillSendOptions<Context>): Promise<void> {
    // RemoteGraphQLDataSource sends JSON.stringify({ query, ...the rest but http }) (without APQ, which we
    // leave off): the same serialisation here, so a signature over it matches the body that arrives.
    const { http, query, ...rest } = request;
    // Only client requests reach here (the gateway's own subgraph health checks are off), so the context
    // is always the gateway request's.
    const signed = await this.sign(this.department, JSON.stringify({ query, ...rest }), context as Context);
    for (const [name, value] of Object.entries(signed)) {
      http!.headers.set(name, value);
    }
  }

  override didEncounterError(error: Error): never {
    if (error instanceof GraphQLError) throw error;
    if (error instanceof DeadlinePassed) {
      throw new GraphQLError(`This request's deadline passed before the ${this.department} service answered; its fields are null in this response. Ask for less, or page with a smaller \`first\`.`, {
        extensions: { code: ErrorCode.SUBGRAPH_TIMEOUT, serviceName: this.department, reason: DEADLINE_REASON },
      });
    }
    if (error.name === "TimeoutError") {
      throw new GraphQLError(`The ${this.department} service did not answer in time; its fields are null in this response.`, {
        extensions: { code: ErrorCode.SUBGRAPH_TIMEOUT, serviceName: this.department },
      });
    }
    throw new GraphQLError(`The ${this.department} service is unavailable; its fields are null in this response.`, {
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.department },
      originalError: error,
    });
  }

  /**
   * A subgraph answers 400 when it rejects a value the gateway cannot check itself (a custom scalar such
   * as DateTime or Decimal): pass its own message and code on, as if it had answered 200 with errors.
   */
  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    const body: unknown = await response.json().catch(() => undefined);
    const first = (body as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> } | undefined)?.errors?.[0];
    if (response.status < 500 && typeof first?.message === "string") {
      return new GraphQLError(first.message, {
        extensions: { code: typeof first.extensions?.code === "string" ? first.extensions.code : "BAD_REQUEST", serviceName: this.department },
      });
    }
    return new GraphQLError(`The ${this.department} service failed (HTTP ${response.status}); its fields are null in this response.`, {
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.department },
    });
  }
}
