import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from "@apollo/server";
import { propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode } from "@opentelemetry/api";
import cors from "cors";
import { logger } from "./logger";
import { inRequest, REQUEST_ID_HEADER, requestIdFor, type RequestIdTrust, type RequestScope } from "./request-context";
import { tracer } from "./tracing";

/** How long a stopping server waits for requests under way before it cuts their connections. */
export const DRAIN_TIMEOUT_MS = 10_000;

/** Larger bodies are refused before they are read into memory. */
export const MAX_BODY_BYTES = 1_048_576;

/** Where GraphQL is served; any other path that is not a route is answered 404. */
export const GRAPHQL_PATHS = ["/graphql", "/"];

/** How long a browser may keep a preflight's answer (Chromium keeps it two hours at most). */
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * What a browser page on an allowed origin may send and read: the credentials (a bearer token, a partner
 * key), Apollo's CSRF-prevention and operation-name headers, and the tracing headers; and the request id,
 * the token error, the rate limit's wait and a download's file name back.
 */
const CORS_ALLOWED_HEADERS = [
  "authorization",
  "content-type",
  "x-api-key",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  REQUEST_ID_HEADER,
  "traceparent",
  "tracestate",
];
const CORS_EXPOSED_HEADERS = [REQUEST_ID_HEADER, "www-authenticate", "retry-after", "content-disposition"];

export interface HttpListen {
  port: number;
  host?: string;
  /** The service's name, in its spans and in the error of a port already in use. */
  service?: string;
  /** Browser origins (scheme://host[:port]) allowed to call; none by default: no CORS header is ever sent. */
  corsOrigins?: readonly string[];
  /** Whose x-request-id is kept (lib/request-context.ts); "any" well-formed one by default. */
  requestIds?: RequestIdTrust;
  /** Called once for every request refused with a 4xx status before or instead of running (metrics). */
  onRefusal?: (refusal: { status: number; code: string }) => void;
}

/** Thrown by a request's admission step: answered with this status and a GraphQL-shaped error. */
export class HttpRejection extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** More of the answer's `extensions` beside the code (e.g. a finer `reason`), and, for the log only, why. */
    readonly more: { extensions?: Record<string, unknown>; logDetail?: string } = {},
  ) {
    super(message);
  }
}

/** Listening failed because another process holds the port: the launcher names the setting that moves it. */
export class PortInUse extends Error {
  constructor(
    readonly service: string,
    readonly port: number,
  ) {
    super(`${service}: port ${port} is already in use`);
  }
}

export interface IncomingGraphQL {
  req: IncomingMessage;
  /** The body read as UTF-8 (the service tokens' body hash is computed over it). */
  raw: string;
  /** The body's bytes exactly as received, for an endpoint that decodes by the body's own charset (CEB XML: GBK, GB18030). */
  bytes: Buffer;
  /** The parsed JSON body of a POST, or the raw text otherwise. */
  body: unknown;
  /** The query string of a GET, including the leading "?". */
  search: string;
}

/**
 * A non-GraphQL endpoint beside the GraphQL one (e.g. the CEB XML messages), answering with a ready body or
 * with chunks written as they come (a large export), so that nothing has to be held in memory whole. A
 * route whose path ends in "/" also answers every path below it.
 */
export type Route = (request: IncomingGraphQL) => Promise<{
  status: number;
  contentType: string;
  body: string | Buffer | AsyncIterable<string>;
  headers?: Record<string, string>;
  /** For a 4xx answer: the refusal's code in the log and the metrics (else named after the status). */
  code?: string;
}>;

/**
 * Decides whether a request may run and with what context; it may also replace the body or query string,
 * and name the request id it serves (a subgraph takes the one the gateway signed into its context).
 */
export type Admission<Context> = (request: IncomingGraphQL) => Promise<{
  context: Context;
  body?: unknown;
  search?: string;
  requestId?: string;
  /** Whether the request may share another's answer (see Sharing); lib/http shares nothing unless told. */
  share?: Sharing<Context>;
}>;

/**
 * How a request may share: requests admitted with the same key while the first of them (the leader) is still
 * being answered get the leader's answer instead of running. `join` is called when a request finds its leader
 * under way, and what it returns once the request has been answered with the leader's answer, so that what
 * is per request beyond the answer (its log line, its metrics) is still done per request.
 */
export interface Sharing<Context> {
  key: string;
  join(): (leader: Context) => void;
}

/**
 * One execution's answer, serialised once, for every request that shares it: the status, the headers and
 * the body's bytes up to the request id that ends it (`"requestId":"…"}}` and a newline, as
 * useRequestIdExtension and Apollo's serialisation put it), so that each request's answer carries its own id.
 */
interface SharedAnswer<Context> {
  status: number;
  headers: Array<[string, string]>;
  head: Buffer;
  leader: Context;
}

const requestIdTail = (requestId: string) => `${JSON.stringify(requestId)}}}\n`;

/** The answer as bytes others may share, or undefined when it is streamed or does not end with the leader's request id. */
function shareable<Context>(response: HTTPGraphQLResponse, requestId: string, leader: Context): SharedAnswer<Context> | undefined {
  if (response.body.kind !== "complete") return undefined;
  const tail = requestIdTail(requestId);
  const text = response.body.string;
  if (!text.endsWith(`"requestId":${tail}`)) return undefined;
  return { status: response.status ?? 200, headers: [...response.headers], head: Buffer.from(text.slice(0, text.length - tail.length)), leader };
}

function writeShared(res: ServerResponse, answer: SharedAnswer<unknown>, requestId: string): void {
  const tail = Buffer.from(requestIdTail(requestId));
  res.statusCode = answer.status;
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.setHeader("content-length", answer.head.length + tail.length);
  // One write of both parts: the shared bytes are sent as they are, never copied.
  res.cork();
  res.write(answer.head);
  res.end(tail);
}

export interface ServingHttp {
  url: string;
  close(): Promise<void>;
}

const STATUS_CODES: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  429: "RATE_LIMITED",
};

/** A refusal's code when the answer does not name one. */
export const codeOfStatus = (status: number): string => STATUS_CODES[status] ?? `HTTP_${status}`;

function sendError(
  res: ServerResponse,
  scope: RequestScope,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  extensions: Record<string, unknown> = {},
): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }], extensions: { requestId: scope.requestId } }));
}

/** Checks the configured origins once, at start: each an exact origin, and never "*" (answers carry credentials). */
export function corsOriginsFrom(value: string | undefined): string[] {
  const origins = (value ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol)) {
      throw new Error(`CORS_ORIGINS: "${origin}" is not an origin; write scheme://host[:port] with nothing after it (and never "*")`);
    }
  }
  return origins;
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Answers a preflight itself (204) and adds the CORS headers to an allowed origin's request; an origin not listed gets none. */
function corsFor(origins: readonly string[]): Middleware {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
    credentials: true,
    methods: ["GET", "POST"],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: CORS_MAX_AGE_SECONDS,
    optionsSuccessStatus: 204,
  }) as Middleware;
}

/** Writes chunks as they come, waiting while the client is slower; stops pulling once the client is gone. */
async function writeChunks(res: ServerResponse, chunks: AsyncIterable<string | Uint8Array>): Promise<void> {
  for await (const chunk of chunks) {
    if (res.destroyed) break;
    if (res.write(chunk)) continue;
    await new Promise<void>((resolve) => {
      const resume = () => {
        res.off("drain", resume);
        res.off("close", resume);
        resolve();
      };
      res.on("drain", resume);
      res.on("close", resume);
    });
  }
  res.end();
}

const findRoute = (routes: Record<string, Route>, pathname: string): Route | undefined =>
  routes[pathname] ?? Object.entries(routes).find(([path]) => path.endsWith("/") && pathname.startsWith(path))?.[1];

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Serves an Apollo Server over node:http for the gateway and every subgraph alike, at GRAPHQL_PATHS, with
 * `routes` beside it and 404 elsewhere. Every answer carries the request's id (x-request-id), and every
 * request runs in a server span continuing the caller's W3C trace context. Malformed requests get a
 * GraphQL-shaped JSON error, never a stack trace or a file path; each refusal is logged once.
 */
export async function serveGraphQL<Context extends BaseContext>(
  server: ApolloServer<Context>,
  listen: HttpListen,
  admit: Admission<Context>,
  routes: Record<string, Route> = {},
): Promise<ServingHttp> {
  await server.start();
  const service = listen.service ?? "service";
  const log = logger.child({ component: "http", service });
  const allowCors = listen.corsOrigins?.length ? corsFor(listen.corsOrigins) : undefined;
  let closing = false;
  const answering = new Set<ServerResponse>();
  /** The answers under way of requests that may be shared, by their admission's key; each leaves once answered. */
  const inFlight = new Map<string, Promise<SharedAnswer<Context> | undefined>>();

  const refused = (status: number, code: string, path: string, detail?: string) => {
    log.info({ status, code, path, ...(detail ? { detail } : {}) }, "refused");
    listen.onRefusal?.({ status, code });
  };

  const answer = async (req: IncomingMessage, res: ServerResponse, scope: RequestScope): Promise<void> => {
    const { pathname, search } = new URL(req.url ?? "/", "http://x");
    const refuse = (
      status: number,
      code: string,
      message: string,
      headers: Record<string, string> = {},
      extensions?: Record<string, unknown>,
      detail?: string,
    ) => {
      refused(status, code, pathname, detail);
      sendError(res, scope, status, code, message, headers, extensions);
    };
    // A preflight is answered before anything else, authentication included: it carries no credential.
    if (allowCors) {
      res.setHeader("vary", "Origin");
      // The middleware decides at once (the origin check is synchronous): it either answers a preflight
      // itself or adds its headers and passes the request on.
      let passedOn = false;
      allowCors(req, res, () => (passedOn = true));
      if (!passedOn) return;
    }
    if (req.method === "OPTIONS") {
      res.statusCode = 204;
      res.end();
      return;
    }
    try {
      const bytes = await readBody(req);
      if (bytes === null) return refuse(413, "PAYLOAD_TOO_LARGE", `request body exceeds ${MAX_BODY_BYTES} bytes`);
      const raw = bytes.toString("utf8");
      let body: unknown = raw;
      if (raw.length > 0 && (req.headers["content-type"] ?? "").includes("json")) {
        try {
          body = JSON.parse(raw);
        } catch {
          return refuse(400, "BAD_REQUEST", "request body is not valid JSON");
        }
      }
      const route = findRoute(routes, pathname);
      if (route) {
        const answered = await route({ req, raw, bytes, body, search });
        if (answered.status >= 400 && answered.status < 500) refused(answered.status, answered.code ?? codeOfStatus(answered.status), pathname);
        res.statusCode = answered.status;
        for (const [name, value] of Object.entries(answered.headers ?? {})) res.setHeader(name, value);
        res.setHeader("content-type", answered.contentType);
        if (typeof answered.body === "string" || Buffer.isBuffer(answered.body)) res.end(answered.body);
        else await writeChunks(res, answered.body);
        return;
      }
      if (!GRAPHQL_PATHS.includes(pathname)) {
        return refuse(404, "NOT_FOUND", `nothing is served at ${pathname}: GraphQL is at /graphql`);
      }
      const admitted = await admit({ req, raw, bytes, body, search });
      if (admitted.requestId && admitted.requestId !== scope.requestId) {
        scope.requestId = admitted.requestId;
        res.setHeader(REQUEST_ID_HEADER, scope.requestId);
      }
      const execute = () => {
        const headers = new HeaderMap();
        for (const [name, value] of Object.entries(req.headers)) {
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
        }
        return server.executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: (req.method ?? "GET").toUpperCase(),
            headers,
            search: admitted.search ?? search,
            body: admitted.body ?? body,
          },
          context: async () => admitted.context,
        });
      };
      let response: HTTPGraphQLResponse;
      if (admitted.share) {
        const { key, join } = admitted.share;
        const leading = inFlight.get(key);
        if (leading) {
          const joined = join();
          // A leader's failure is this request's too (the catch below answers it 500, logged per request).
          const shared = await leading;
          if (shared) {
            writeShared(res, shared, scope.requestId);
            joined(shared.leader);
            return;
          }
          // The leader's answer cannot carry this request's id (a streamed answer): this one runs on its own.
          response = await execute();
        } else {
          const running = execute();
          const sharing = running.then((answer) => shareable(answer, scope.requestId, admitted.context));
          inFlight.set(key, sharing);
          // Shared only while under way: once answered, the next identical request runs afresh.
          const forget = () => {
            if (inFlight.get(key) === sharing) inFlight.delete(key);
          };
          sharing.then(forget, forget);
          response = await running;
          const shared = await sharing;
          if (shared) return writeShared(res, shared, scope.requestId);
        }
      } else {
        response = await execute();
      }
      for (const [name, value] of response.headers) res.setHeader(name, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === "complete") {
        res.end(response.body.string);
      } else {
        await writeChunks(res, response.body.asyncIterator);
      }
    } catch (error) {
      if (error instanceof HttpRejection) {
        return refuse(error.status, error.code, error.message, error.headers, error.more.extensions, error.more.logDetail);
      }
      log.error({ err: error }, "request failed");
      if (!res.headersSent) sendError(res, scope, 500, "INTERNAL_SERVER_ERROR", "internal error");
      else res.end();
    }
  };

  const http = createServer((req, res) => {
    // While draining, a request that arrives on a kept-alive connection is answered, and its connection
    // closed after the answer: otherwise a busy client would keep the connection, and the drain, alive.
    if (closing) res.shouldKeepAlive = false;
    answering.add(res);
    res.once("close", () => answering.delete(res));
    const scope: RequestScope = { requestId: requestIdFor(req, listen.requestIds ?? "any") };
    res.setHeader(REQUEST_ID_HEADER, scope.requestId);
    const method = (req.method ?? "GET").toUpperCase();
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    void inRequest(scope, () =>
      tracer().startActiveSpan(`${service} ${method}`, { kind: SpanKind.SERVER, attributes: { "http.request.method": method } }, parent, async (span) => {
        try {
          await answer(req, res, scope);
        } finally {
          span.setAttributes({
            "url.path": new URL(req.url ?? "/", "http://x").pathname,
            "http.response.status_code": res.statusCode,
            "tradegraph.request_id": scope.requestId,
          });
          if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        }
      }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", (error: NodeJS.ErrnoException) => reject(error.code === "EADDRINUSE" ? new PortInUse(service, listen.port) : error));
    http.listen(listen.port, listen.host ?? "127.0.0.1", resolve);
  });
  const { address, port } = http.address() as AddressInfo;
  return {
    url: `http://${address.includes(":") ? `[${address}]` : address}:${port}/`,
    // Drain: take no new connections, let the requests under way finish (idle keep-alive connections are
    // closed at once, busy ones when their response is sent), then stop the GraphQL server. What is still
    // under way after DRAIN_TIMEOUT_MS is cut off.
    close: async () => {
      closing = true;
      for (const res of answering) if (!res.headersSent) res.shouldKeepAlive = false;
      await new Promise<void>((resolve) => {
        const cutOff = setTimeout(() => http.closeAllConnections(), DRAIN_TIMEOUT_MS);
        http.close(() => {
          clearTimeout(cutOff);
          resolve();
        });
        http.closeIdleConnections();
      });
      await server.stop();
    },
  };
}

/** How long one readiness check may take before it counts as failed. */
export const READY_CHECK_TIMEOUT_MS = 2_000;

/**
 * GET /health: the process answers. GET /ready: every check passes (the database answers, for a subgraph;
 * the supergraph is loaded and every subgraph is ready, for the gateway). A failed check is named, with a
 * short reason and never an internal address, and the answer is 503 so that a load balancer stops sending.
 */
export function healthRoutes(checks: Record<string, () => Promise<unknown>>): Record<string, Route> {
  const json = "application/json; charset=utf-8";
  return {
    "/health": async () => ({ status: 200, contentType: json, body: JSON.stringify({ status: "alive" }) }),
    "/ready": async () => {
      const results = await Promise.all(
        Object.entries(checks).map(async ([name, check]) => {
          try {
            await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error("no answer in time")), READY_CHECK_TIMEOUT_MS).unref())]);
            return [name, "ok"] as const;
          } catch (error) {
            return [name, error instanceof Error ? error.message.split("\n")[0]! : "failed"] as const;
          }
        }),
      );
      const ready = results.every(([, result]) => result === "ok");
      return {
        status: ready ? 200 : 503,
        contentType: json,
        body: JSON.stringify({ status: ready ? "ready" : "not ready", checks: Object.fromEntries(results) }),
      };
    },
  };
}

/** Whether the service at `url` answers 200 on its /ready in time; no answer, an error or a 503 are all "not ready". */
export async function isReady(url: string): Promise<boolean> {
  try {
    return (await fetch(new URL("/ready", url), { signal: AbortSignal.timeout(READY_CHECK_TIMEOUT_MS) })).ok;
  } catch {
    return false;
  }
}

/**
 * Resolves once the service at `url` answers 200 on /ready, for whatever starts services as processes (the
 * benchmarks, the topology test). Fails once `exited` (its process's exit code) has resolved, at the next try, and
 * after `withinMs`; `detail` (its log, say) is added to either failure.
 */
export async function untilReady(
  name: string,
  url: string,
  options: { withinMs: number; exited: Promise<number | null>; detail?: () => string },
): Promise<void> {
  let exit: { code: number | null } | undefined;
  void options.exited.then((code) => (exit = { code }));
  const fail = (what: string) => new Error(`${name} ${what}${options.detail ? `:\n${options.detail()}` : ""}`);
  const deadline = performance.now() + options.withinMs;
  for (;;) {
    if (exit) throw fail(`exited (${exit.code}) before it was ready`);
    if (await isReady(url)) return;
    if (performance.now() > deadline) throw fail(`not ready within ${options.withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
