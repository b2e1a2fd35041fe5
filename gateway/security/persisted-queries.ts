import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { Identity } from "../../lib/auth/identity";
import { HttpRejection } from "../../lib/http";
import { ANONYMOUS_OPERATIONS } from "./anonymous";

/**
 * Partner platforms run only the operations of a committed manifest in Apollo's format, by id. The
 * error codes are Apollo Router's, so clients built for the Router work unchanged. First-party clients
 * keep automatic persisted queries, shared through Redis when the gateway runs as several replicas.
 */
export const Codes = {
  NOT_IN_LIST: "PERSISTED_QUERY_NOT_IN_LIST",
  NOT_IN_SAFELIST: "QUERY_NOT_IN_SAFELIST",
  ID_REQUIRED: "PERSISTED_QUERY_ID_REQUIRED",
} as const;

const manifestSchema = z.object({
  format: z.literal("apollo-persisted-query-manifest"),
  version: z.literal(1),
  operations: z.array(
    z.object({ id: z.string().regex(/^[0-9a-f]{64}$/), name: z.string().min(1), type: z.enum(["query", "mutation", "subscription"]), body: z.string().min(1) }),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestOperation = Manifest["operations"][number];

export const operationId = (body: string) => createHash("sha256").update(body).digest("hex");

export function parseManifest(text: string): Map<string, ManifestOperation> {
  const manifest = manifestSchema.parse(JSON.parse(text));
  const byId = new Map<string, ManifestOperation>();
  for (const operation of manifest.operations) {
    if (operationId(operation.body) !== operation.id) throw new Error(`manifest operation ${operation.name}: id is not the sha256 of its body`);
    byId.set(operation.id, operation);
  }
  return byId;
}

/** The manifest from a file, re-read when the file changes; a file that does not parse keeps the last good one. */
export function manifestFromFile(file: string, onError: (error: unknown) => void): () => Map<string, ManifestOperation> {
  let stamp = "";
  let operations = new Map<string, ManifestOperation>();
  return () => {
    const stat = existsSync(file) ? statSync(file) : undefined;
    const current = stat ? `${stat.mtimeMs}:${stat.size}` : "absent";
    if (current !== stamp) {
      stamp = current;
      try {
        operations = stat ? parseManifest(readFileSync(file, "utf8")) : new Map();
      } catch (error) {
        onError(error);
      }
    }
    return operations;
  };
}

interface GraphQLBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

const refuse = (code: string, message: string) => new HttpRejection(400, code, message);

/**
 * For a partner (and the public, limited to the anonymous operations), replaces a request by id with the
 * manifest's operation, or refuses it. Other callers' requests pass unchanged.
 */
export function applySafelist(
  identity: Identity,
  manifest: Map<string, ManifestOperation> | (() => Map<string, ManifestOperation>),
  method: string,
  body: unknown,
  search: string,
  onLookup: (outcome: "hit" | "miss") => void = () => {},
): { body?: unknown; search?: string } {
  if (identity.role !== "partner" && identity.role !== "public") return {};
  const operations = typeof manifest === "function" ? manifest() : manifest;
  let request: GraphQLBody;
  if (method === "GET") {
    const params = new URLSearchParams(search);
    let extensions: GraphQLBody["extensions"];
    try {
      extensions = params.has("extensions") ? JSON.parse(params.get("extensions")!) : undefined;
    } catch {
      throw refuse(Codes.ID_REQUIRED, "extensions is not valid JSON");
    }
    request = { query: params.get("query") ?? undefined, extensions };
  } else {
    request = (body && typeof body === "object" ? body : {}) as GraphQLBody;
  }
  if (typeof request.query === "string" && request.query.length > 0) {
    throw refuse(Codes.NOT_IN_SAFELIST, "partners may run only registered operations, by id, without a query body");
  }
  const id = request.extensions?.persistedQuery?.sha256Hash;
  if (typeof id !== "string") throw refuse(Codes.ID_REQUIRED, "send the operation id as extensions.persistedQuery.sha256Hash");
  const operation = operations.get(id);
  onLookup(operation ? "hit" : "miss");
  if (!operation) throw refuse(Codes.NOT_IN_LIST, "this operation id is not in the registered list");
  if (identity.role === "public" && !ANONYMOUS_OPERATIONS.has(operation.name))
    throw refuse(Codes.NOT_IN_LIST, "this operation is not open without a credential");
  if (method === "GET") {
    const params = new URLSearchParams(search);
    params.set("query", operation.body);
    params.set("operationName", operation.name);
    params.delete("extensions");
    return { search: `?${params}` };
  }
  return { body: { query: operation.body, operationName: operation.name, variables: request.variables } };
}

/** Apollo Server's persisted-query cache on Redis, so every gateway replica knows every registered hash. */
export function redisQueryCache(redis: Redis, prefix = "tradegraph:apq:") {
  return {
    async get(key: string) {
      return (await redis.get(prefix + key)) ?? undefined;
    },
    async set(key: string, value: string, options?: { ttl?: number | null }) {
      if (options?.ttl) await redis.set(prefix + key, value, "EX", options.ttl);
      else await redis.set(prefix + key, value);
    },
    async delete(key: string) {
      await redis.del(prefix + key);
    },
  };
}
