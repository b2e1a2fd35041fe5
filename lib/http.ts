import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { logger } from "./logger";

/** How long a stopping server waits for requests under way before it cuts their connections. */
export const DRAIN_TIMEOUT_MS = 10_000;

/** Larger bodies are refused before they are read into memory. */
export const MAX_BODY_BYTES = 1_048_576;

export interface HttpListen {
  port: number;
  host?: string;
}

/** Thrown by a request's admission step: answered with this status and a GraphQL-shaped error. */
export class HttpRejection extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface IncomingGraphQL {
  req: IncomingMessage;
  /** The body exactly as received (signatures are computed over it). */
  raw: string;
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
export type Route = (
  request: IncomingGraphQL,
) => Promise<{ status: number; contentType: string; body: string | Buffer | AsyncIterable<string>; headers?: Record<string, string> }>;

/** Decides whether a request may run and with what context; it may also replace the body or query string. */
export type Admission<Context> = (request: IncomingGraphQL) => Promise<{ context: Context; body?: unknown; search?: string }>;

export interface ServingHttp {
  url: string;
  close(): Promise<void>;
}

function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
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

async function readBody(req: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Serves an Apollo Server over node:http for the gateway and every subgraph alike. Malformed requests get
 * a GraphQL-shaped JSON error, never a stack trace or a file path.
 */
export async function serveGraphQL<Context extends BaseContext>(
  server: ApolloServer<Context>,
  listen: HttpListen,
  admit: Admission<Context>,
  routes: Record<string, Route> = {},
): Promise<ServingHttp> {
  await server.start();
  const log = logger.child({ component: "http" });
  let closing = false;
  const answering = new Set<ServerResponse>();
  const http = createServer(async (req, res) => {
    // While draining, a request that arrives on a kept-alive connection is answered, and its connection
    // closed after the answer: otherwise a busy client would keep the connection, and the drain, alive.
    if (closing) res.shouldKeepAlive = false;
    answering.add(res);
    res.once("close", () => answering.delete(res));
    try {
      const raw = await readBody(req);
      if (raw === null) return sendError(res, 413, "PAYLOAD_TOO_LARGE", `request body exceeds ${MAX_BODY_BYTES} bytes`);
      let body: unknown = raw;
      if (raw.length > 0 && (req.headers["content-type"] ?? "").includes("json")) {
        try {
          body = JSON.parse(raw);
        } catch {
          return sendError(res, 400, "BAD_REQUEST", "request body is not valid JSON");
        }
      }
      const { pathname, search } = new URL(req.url ?? "/", "http://x");
      const route = findRoute(routes, pathname);
      if (route) {
        const answer = await route({ req, raw, body, search });
        res.statusCode = answer.status;
        for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
        res.setHeader("content-type", answer.contentType);
        if (typeof answer.body === "string" || Buffer.isBuffer(answer.body)) res.end(answer.body);
        else await writeChunks(res, answer.body);
        return;
      }
      const admitted = await admit({ req, raw, body, search });
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? "GET").toUpperCase(),
          headers,
          search: admitted.search ?? search,
          body: admitted.body ?? body,
        },
        context: async () => admitted.context,
      });
      for (const [name, value] of response.headers) res.setHeader(name, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === "complete") {
        res.end(response.body.string);
      } else {
        await writeChunks(res, response.body.asyncIterator);
      }
    } catch (error) {
      if (error instanceof HttpRejection) return sendError(res, error.status, error.code, error.message, error.headers);
      log.error({ err: error }, "request failed");
      if (!res.headersSent) sendError(res, 500, "INTERNAL_SERVER_ERROR", "internal error");
      else res.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
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
