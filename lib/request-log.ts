import type { ApolloServerPlugin } from "@apollo/server";
import type { Identity } from "./auth/identity";

/** One line per GraphQL request, the same request id in the gateway's and every subgraph's line. */
export interface RequestLogEntry {
  requestId: string;
  operation: string | null;
  role: string;
  department: string | null;
  durationMs: number;
  /** Error codes only: messages can quote what a caller sent, and nothing personal goes to the logs. */
  errors: string[];
}

type LoggedContext = { identity: Identity; operation?: string | null };

/** The log line of one request: who asked what, how long it took, and the codes of the errors it was answered with. */
export function requestLogEntry(context: LoggedContext, operationName: string | null, errorCodes: string[], durationMs: number): RequestLogEntry {
  return {
    requestId: context.identity?.requestId ?? "none",
    operation: context.operation ?? operationName ?? null,
    role: context.identity?.role ?? "unknown",
    department: context.identity?.department ?? null,
    durationMs: Math.round(durationMs * 10) / 10,
    errors: errorCodes,
  };
}

export function useRequestLog(write: (entry: RequestLogEntry) => void): ApolloServerPlugin<LoggedContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName }) {
          const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          write(
            requestLogEntry(
              contextValue,
              operationName ?? null,
              errors.map((error) => String(error.extensions?.code ?? "UNKNOWN")),
              performance.now() - started,
            ),
          );
        },
      };
    },
  };
}

/** Puts the request's id (the x-request-id header's) into the answer's `extensions.requestId`, for the support desk. */
export function useRequestIdExtension(): ApolloServerPlugin<{ identity: Identity }> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single" || !contextValue.identity) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, requestId: contextValue.identity.requestId };
        },
      };
    },
  };
}
