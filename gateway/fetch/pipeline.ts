import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import { auditedPerRequest, callerOf as callerOfIdentity, type Identity } from "../../lib/auth/identity";

/** One subgraph fetch as @apollo/gateway hands it to a data source. */
export type FetchOptions<Context extends Record<string, unknown>> = Parameters<RemoteGraphQLDataSource<Context>["process"]>[0];
/** What a fetch answers. */
export type FetchResult<Context extends Record<string, unknown>> = ReturnType<RemoteGraphQLDataSource<Context>["process"]>;
export type Fetch<Context extends Record<string, unknown>> = (options: FetchOptions<Context>) => FetchResult<Context>;

/**
 * A stage of the department data source: it gets a fetch and the rest of the pipeline (`next`), and decides
 * whether, when and how often the rest runs. Stages are plain functions so that their order is one list
 * (department-source.ts) and each can be tested alone.
 */
export type Stage<Context extends Record<string, unknown>> = (next: Fetch<Context>) => Fetch<Context>;

/** The stages in the order a fetch passes them, ending with the fetch itself. */
export function pipeline<Context extends Record<string, unknown>>(stages: ReadonlyArray<Stage<Context>>, send: Fetch<Context>): Fetch<Context> {
  return stages.reduceRight<Fetch<Context>>((next, stage) => stage(next), send);
}

/** Reads may be shared, batched and retried; a mutation is sent exactly once, as asked. */
export function isRead(options: FetchOptions<Record<string, unknown>>): boolean {
  return !/^\s*mutation\b/.test(options.request.query ?? "");
}

/** The gateway request's caller, without its request id: two requests of one caller share this. */
export function callerOf(options: FetchOptions<Record<string, unknown>>): Record<string, unknown> {
  return callerOfIdentity((options.context as { identity?: Partial<Identity> }).identity ?? {});
}

/** A staff fetch is never shared with or batched into another request's (lib/auth/identity.ts, auditedPerRequest). */
export function isAuditedIndividually(options: FetchOptions<Record<string, unknown>>): boolean {
  return auditedPerRequest((options.context as { identity?: Partial<Identity> }).identity);
}
