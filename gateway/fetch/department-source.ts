import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { context, propagation } from "@opentelemetry/api";
import { parseUrlList, Replicas } from "../../lib/replicas";
import { boundedFetcher, deadlineStage, DEFAULT_SUBGRAPH_TIMEOUT_MS, type ObserveFetch } from "./deadline";
import { entityBatchingStage } from "./entity-batching";
import { carryNamedService, departmentFault, errorFromHttp } from "./errors";
import { pipeline, type Fetch, type FetchOptions } from "./pipeline";
import { DEFAULT_RESILIENCE, DepartmentResilience, departmentReady, resilienceStage, type BreakerState } from "./resilience";
import { shareStage } from "./share";
import { signRequest, type SignRequest } from "./sign";

export { DEFAULT_SUBGRAPH_TIMEOUT_MS } from "./deadline";
export type { SignRequest } from "./sign";

export interface DepartmentSourceOptions<Context> {
  department: string;
  /** The department's address, or its replicas' addresses comma-separated (taken in turn, lib/replicas.ts). */
  url: string;
  /** Signs each request to the department (the gateway's signed context, lib/trust). */
  sign: SignRequest<Context>;
  /** Per fetch; DEFAULT_SUBGRAPH_TIMEOUT_MS when not given. */
  timeoutMs?: number;
  /** Metrics of each fetch. */
  observe?: ObserveFetch;
  /** By default: DEFAULT_RESILIENCE, whose breaker asks the department's /ready before letting a probe through. */
  resilience?: DepartmentResilience;
}

type Hook<Name extends keyof RemoteGraphQLDataSource, Context extends Record<string, unknown>> = Parameters<
  NonNullable<RemoteGraphQLDataSource<Context>[Name]> extends (...args: never[]) => unknown ? NonNullable<RemoteGraphQLDataSource<Context>[Name]> : never
>[0];

/**
 * How the gateway fetches from one department. Every fetch passes these stages in this order:
 *
 *   deadline (deadline.ts)      the whole fetch, retries included, ends by the request's deadline
 *   share (share.ts)            identical concurrent reads of one caller are fetched once
 *   batch (entity-batching.ts)  concurrent `_entities` reads of one shape and caller become one fetch
 *   resilience (resilience.ts)  retries of reads with backoff and budget, circuit breaker per department
 *   sign (sign.ts)              each try is signed over its exact body, then sent by the bounded fetcher
 *
 * and failures come back as errors that name the department (errors.ts): the query plan goes on with the
 * other departments, this department's fields are null.
 */
export class DepartmentDataSource<Context extends Record<string, unknown>> extends RemoteGraphQLDataSource<Context> {
  private readonly department: string;
  private readonly sign: SignRequest<Context>;
  private readonly resilience: DepartmentResilience;
  private readonly run: Fetch<Context>;

  constructor(options: DepartmentSourceOptions<Context>) {
    const replicas = new Replicas(parseUrlList(options.url, `the ${options.department} service's URL`));
    super({
      url: replicas.urls[0],
      fetcher: boundedFetcher(options.department, options.timeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS, options.observe ?? (() => () => {}), replicas),
    });
    this.department = options.department;
    this.sign = options.sign;
    this.resilience = options.resilience ?? new DepartmentResilience(DEFAULT_RESILIENCE, departmentReady(replicas.urls));
    this.run = pipeline<Context>([deadlineStage(), shareStage(), entityBatchingStage(), resilienceStage(this.department, this.resilience)], (fetch) =>
      super.process(fetch),
    );
  }

  get circuit(): BreakerState {
    return this.resilience.state;
  }

  override process(options: FetchOptions<Context>) {
    return this.run(options);
  }

  override async willSendRequest(options: Hook<"willSendRequest", Context>): Promise<void> {
    await signRequest(this.department, this.sign, options);
    // W3C trace context of this fetch's span: a header beside the signed context, which binds the body only.
    propagation.inject(context.active(), options.request.http!.headers, { set: (headers, name, value) => headers.set(name, value) });
  }

  override didReceiveResponse({ response }: Hook<"didReceiveResponse", Context>) {
    return carryNamedService(response);
  }

  override didEncounterError(error: Error): never {
    throw departmentFault(this.department, error);
  }

  override errorFromResponse(response: Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0]) {
    return errorFromHttp(this.department, response);
  }
}
