import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * The request a piece of work serves, wherever it runs (a resolver, a subgraph fetch, a database call),
 * so that every log line of one request carries its id without each caller passing it along.
 */
export interface RequestScope {
  /** Set when the request arrives; a subgraph adopts the id the gateway signed into its context. */
  requestId: string;
}

export const REQUEST_ID_HEADER = "x-request-id";

/** A request id a caller may choose: short printable token characters only, so that it is safe in a log line and a header. */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}$/;

/**
 * Whose `x-request-id` is taken instead of a drawn one: any caller's well-formed id (a browser app ties
 * its own log to the server's), none (always drawn), or only that of the listed proxy addresses.
 */
export type RequestIdTrust = "any" | "none" | { proxies: ReadonlySet<string> };

export function parseRequestIdTrust(value: string | undefined): RequestIdTrust {
  const setting = value?.trim() ?? "any";
  if (setting === "any" || setting === "") return "any";
  if (setting === "none") return "none";
  return {
    proxies: new Set(
      setting
        .split(",")
        .map((address) => address.trim())
        .filter(Boolean),
    ),
  };
}

/** The caller's well-formed x-request-id if it is trusted, or a fresh UUID. */
export function requestIdFor(req: IncomingMessage, trust: RequestIdTrust): string {
  const offered = req.headers[REQUEST_ID_HEADER];
  if (typeof offered !== "string" || !WELL_FORMED.test(offered) || trust === "none") return randomUUID();
  if (trust === "any") return offered;
  // A proxy may reach us over IPv4-mapped IPv6 ("::ffff:10.0.0.5"): both spellings name it.
  const remote = req.socket.remoteAddress ?? "";
  return trust.proxies.has(remote) || trust.proxies.has(remote.replace(/^::ffff:/, "")) ? offered : randomUUID();
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** Runs `work` as part of the request `scope`: everything it starts, awaited or not, sees the same scope. */
export function inRequest<T>(scope: RequestScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** The request the current work serves, if any (none at start-up or in a sweep). */
export function currentRequest(): RequestScope | undefined {
  return scopes.getStore();
}
