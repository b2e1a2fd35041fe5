import type { GraphQLFormattedError } from "graphql";
import { callerOf, isAuditedIndividually, isRead, type FetchResult, type Stage } from "./pipeline";

/** What a subgraph fetch answers, as RemoteGraphQLDataSource returns it. */
export interface FetchAnswer {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<GraphQLFormattedError>;
  extensions?: Record<string, unknown>;
  http?: unknown;
}

interface Member {
  offset: number;
  count: number;
  resolve(answer: FetchAnswer): void;
  reject(error: unknown): void;
}

interface Batch {
  representations: unknown[];
  members: Member[];
}

export type SendEntities = (representations: unknown[]) => Promise<FetchAnswer>;

/**
 * Entity fetches of the same shape (same department, query, other variables and caller) that concurrent
 * requests make in the same turn of the event loop are sent to the department as one `_entities` fetch
 * with all their representations, and the answer is split back by position: the department runs one
 * request, one signature check and one batched query instead of one each. A caller's share holds exactly
 * its own entities and the errors at their paths (renumbered), plus any error that names no entity.
 */
export class EntityBatcher {
  private readonly open = new Map<string, Batch>();

  /** `send` is the first member's way to fetch (its request, signed as its caller): it sends the batch. */
  add(key: string, representations: unknown[], send: SendEntities): Promise<FetchAnswer> {
    let batch = this.open.get(key);
    if (!batch) {
      const created: Batch = { representations: [], members: [] };
      batch = created;
      this.open.set(key, created);
      setImmediate(() => {
        this.open.delete(key);
        this.flush(created, send);
      });
    }
    const offset = batch.representations.length;
    batch.representations.push(...representations);
    return new Promise<FetchAnswer>((resolve, reject) => batch.members.push({ offset, count: representations.length, resolve, reject }));
  }

  private flush(batch: Batch, send: SendEntities): void {
    send(batch.representations).then(
      (answer) => {
        for (const member of batch.members) member.resolve(batch.members.length === 1 ? answer : share(answer, member));
      },
      (error: unknown) => {
        for (const member of batch.members) member.reject(error);
      },
    );
  }
}

/** One caller's part of a batched answer: its entities, and the errors that concern them. */
function share(answer: FetchAnswer, { offset, count }: { offset: number; count: number }): FetchAnswer {
  const entities = answer.data?._entities;
  const errors = answer.errors?.flatMap((error) => {
    const [field, index, ...rest] = error.path ?? [];
    if (field !== "_entities" || typeof index !== "number") return [structuredClone(error)];
    if (index < offset || index >= offset + count) return [];
    return [{ ...structuredClone(error), path: [field, index - offset, ...rest] }];
  });
  return {
    ...answer,
    data: Array.isArray(entities) ? { ...answer.data, _entities: structuredClone(entities.slice(offset, offset + count)) } : (answer.data ?? null),
    errors: errors?.length ? errors : undefined,
    extensions: answer.extensions ? structuredClone(answer.extensions) : undefined,
  };
}

/**
 * The batching stage: an `_entities` read joins the others of its shape and caller in this turn; anything
 * else (root fields, mutations, staff reads) goes on alone.
 */
export function entityBatchingStage<Context extends Record<string, unknown>>(batcher = new EntityBatcher()): Stage<Context> {
  return (next) => (options) => {
    const { representations, ...others } = (options.request.variables ?? {}) as { representations?: unknown };
    if (!Array.isArray(representations) || !/\b_entities\s*\(/.test(options.request.query ?? "") || !isRead(options) || isAuditedIndividually(options)) {
      return next(options);
    }
    const key = JSON.stringify([options.request.query, others, callerOf(options), (options.context as { operation?: unknown }).operation ?? null]);
    return batcher.add(key, representations, (all) =>
      next({ ...options, request: { ...options.request, variables: { ...others, representations: all } } }),
    ) as FetchResult<Context>;
  };
}
