import type { IncomingHttpHeaders } from "node:http";
import { getOperationAST, parse, type OperationTypeNode } from "graphql";
import { auditedPerRequest, callerOf, type Identity } from "../../lib/auth/identity";
import { MAX_TOKENS } from "../security/limits";

/**
 * Request headers that cannot change what the gateway answers: the credentials (the identity in the key
 * stands for them), the request's own id and trace, and the connection's. Every other header a request
 * carries is part of its key, so that two requests that could be answered differently never share.
 */
const HEADERS_NOT_IN_KEY = new Set([
  "authorization",
  "x-api-key",
  "x-request-id",
  "traceparent",
  "tracestate",
  "baggage",
  "content-length",
  "connection",
  "keep-alive",
  "host",
  "user-agent",
  "accept-encoding",
]);

/** How many documents' operation types are remembered; beyond that the oldest is forgotten (a document is parsed again). */
export const OPERATION_TYPES_KEPT = 1_000;

/** The type of the operation a document runs (null when it does not parse or names none), parsed once per document. */
function operationTypes(): (query: string, operationName: string | null) => OperationTypeNode | null {
  const known = new Map<string, OperationTypeNode | null>();
  return (query, operationName) => {
    const key = `${operationName ?? ""}\n${query}`;
    let type = known.get(key);
    if (type === undefined) {
      try {
        type = getOperationAST(parse(query, { maxTokens: MAX_TOKENS, noLocation: true }), operationName)?.operation ?? null;
      } catch {
        // Apollo answers the parse error itself, to each request.
        type = null;
      }
      if (known.size >= OPERATION_TYPES_KEPT) known.delete(known.keys().next().value!);
      known.set(key, type);
    }
    return type;
  };
}

interface Sent {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: { persistedQuery?: unknown };
}

/**
 * Which requests the gateway answers once for all who send them at the same moment (lib/http.ts, Sharing):
 * a query (never a mutation or subscription), with its text (a partner's registered operation counts, once
 * the safelist has put in its text; an automatic persisted query sent by hash does not), by one caller (the
 * verified identity: subject, role, department, enterprises), with the same operation name, variables and
 * extensions and the same headers (HEADERS_NOT_IN_KEY aside). Staff requests are never shared: each full read
 * of personal data is audited under its own request id (auditedPerRequest). Returns the key such requests
 * share, or undefined for a request that runs on its own.
 */
export function inboundSharing(): (identity: Identity, method: string, body: unknown, search: string, headers: IncomingHttpHeaders) => string | undefined {
  const operationType = operationTypes();
  return (identity, method, body, search, headers) => {
    if (auditedPerRequest(identity)) return undefined;
    let sent: Sent;
    if (method === "GET") {
      const params = new URLSearchParams(search);
      sent = {
        query: params.get("query") ?? undefined,
        operationName: params.get("operationName") ?? undefined,
        extensions: params.has("extensions") ? {} : undefined,
      };
    } else if (method === "POST" && body && typeof body === "object" && !Array.isArray(body)) {
      sent = body as Sent;
    } else {
      return undefined;
    }
    // An automatic persisted query is looked up, or registered, by Apollo per request: never shared.
    if (typeof sent.query !== "string" || sent.extensions?.persistedQuery !== undefined || (method === "GET" && sent.extensions)) return undefined;
    if (sent.operationName !== undefined && sent.operationName !== null && typeof sent.operationName !== "string") return undefined;
    if (operationType(sent.query, (sent.operationName as string | null | undefined) ?? null) !== "query") return undefined;
    const kept = Object.entries(headers)
      .filter(([name]) => !HEADERS_NOT_IN_KEY.has(name))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return JSON.stringify([
      callerOf(identity),
      method,
      method === "GET" ? search : [sent.query, sent.operationName ?? null, sent.variables ?? null, sent.extensions ?? null],
      kept,
    ]);
  };
}
