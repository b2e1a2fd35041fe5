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

export function useRequestLog(write: (entry: RequestLogEntry) => void): ApolloServerPlugin<{ identity: Identity; operation?: string | null }> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName }) {
          const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          write({
            requestId: contextValue.identity?.requestId ?? "none",
            operation: contextValue.operation ?? operationName ?? null,
            role: contextValue.identity?.role ?? "unknown",
            department: contextValue.identity?.department ?? null,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            errors: errors.map((error) => String(error.extensions?.code ?? "UNKNOWN")),
          });
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
