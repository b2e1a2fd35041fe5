import { AsyncLocalStorage } from "node:async_hooks";
import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import type { Replicas } from "../../lib/replicas";
import type { Stage } from "./pipeline";

/** Marks a timeout caused by the request's own deadline rather than by the department (errors.ts). */
export const DEADLINE_REASON = "REQUEST_DEADLINE";

/** How long one subgraph fetch may take before the department counts as timed out. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5_000;

export class DeadlinePassed extends Error {
  override name = "DeadlinePassed";
}

/** When the gateway request a fetch belongs to must be answered (epoch ms); the fetcher below reads it. */
const requestDeadline = new AsyncLocalStorage<number>();

/** First stage: the rest of the pipeline, retries included, runs under the gateway request's deadline. */
export function deadlineStage<Context extends Record<string, unknown>>(): Stage<Context> {
  return (next) => (options) => withDeadline((options.context as { deadline?: number }).deadline ?? Infinity, () => next(options));
}

/** Runs `work` with its fetches bounded by `deadline` (epoch ms) as well as by the subgraph timeout. */
export const withDeadline = <T>(deadline: number, work: () => T): T => requestDeadline.run(deadline, work);

export type FetchOutcome = "ok" | "error" | "timeout";
/** Called when a fetch starts; the function it returns is called with how the fetch ended (metrics). */
export type ObserveFetch = (department: string) => (outcome: FetchOutcome) => void;

/**
 * Node's own fetch, bounded by the subgraph timeout or the request's deadline, whichever comes first: a slow
 * department costs the others at most this long. A fetch cut short by the deadline throws DeadlinePassed.
 * It goes to one of the department's replicas (lib/replicas.ts), not to the address Apollo hands it (the first
 * replica's): a replica that refuses the connection is passed over within the same bound.
 */
export function boundedFetcher(department: string, timeoutMs: number, observe: ObserveFetch, replicas: Replicas): RemoteGraphQLDataSource["fetcher"] {
  return (async (_input: string, init?: RequestInit) => {
    const remaining = (requestDeadline.getStore() ?? Infinity) - Date.now();
    const done = observe(department);
    if (remaining <= 0) {
      done("timeout");
      throw new DeadlinePassed();
    }
    // When the request's deadline is the nearer bound, running out of it says nothing of the replica: it is told
    // to the replicas as DeadlinePassed, which does not rest the replica, so only the department's own timeout does.
    const byDeadline = remaining < timeoutMs;
    try {
      const signal = AbortSignal.timeout(Math.min(timeoutMs, remaining));
      const response = await replicas.send(async (url) => {
        try {
          return await fetch(url, { ...init, signal });
        } catch (error) {
          throw byDeadline && (error as Error).name === "TimeoutError" ? new DeadlinePassed() : error;
        }
      });
      done("ok");
      return response;
    } catch (error) {
      const timedOut = error instanceof DeadlinePassed || (error as Error).name === "TimeoutError";
      done(timedOut ? "timeout" : "error");
      throw error;
    }
  }) as unknown as RemoteGraphQLDataSource["fetcher"];
}
