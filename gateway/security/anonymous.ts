import type { IncomingMessage } from "node:http";
import { identitySchema, type Identity } from "../../lib/auth/identity";
import { SERVICE_HEADER } from "../../lib/trust/service-identity";
import { API_KEY_HEADER } from "./partner-keys";

/**
 * The only operations a caller without a credential may run (有序公开, public disclosure), by their name in the
 * committed manifest: each is a registered operation, run by its id like a partner's, so the anonymous
 * caller can send no query text and reach nothing else. Every other request without a credential is
 * refused 401 as before. Adding a name here opens that operation to everyone: it must read public data only.
 */
export const ANONYMOUS_OPERATIONS: ReadonlySet<string> = new Set(["PublicNegativeList"]);

function requestedId(method: string, body: unknown, search: string): unknown {
  if (method === "GET") {
    try {
      const extensions = new URLSearchParams(search).get("extensions");
      return extensions ? JSON.parse(extensions)?.persistedQuery?.sha256Hash : undefined;
    } catch {
      return undefined;
    }
  }
  return (body as { extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined)?.extensions?.persistedQuery?.sha256Hash;
}

/**
 * The public identity, for a request that carries no credential at all and names, by id, one of the
 * anonymous operations; undefined otherwise (the caller is then authenticated, or refused, as usual).
 * Anonymous callers are rate-limited per network address.
 */
export function anonymousCaller(
  req: IncomingMessage,
  operations: ReadonlyMap<string, { name: string }>,
  method: string,
  body: unknown,
  search: string,
  requestId: string,
): Identity | undefined {
  if (req.headers.authorization !== undefined || req.headers[API_KEY_HEADER] !== undefined || req.headers[SERVICE_HEADER] !== undefined) return undefined;
  const id = requestedId(method, body, search);
  const operation = typeof id === "string" ? operations.get(id) : undefined;
  if (!operation || !ANONYMOUS_OPERATIONS.has(operation.name)) return undefined;
  return identitySchema.parse({ subject: `anonymous:${req.socket.remoteAddress ?? "unknown"}`.slice(0, 200), role: "public", requestId });
}
