import type { ApolloServerPlugin } from "@apollo/server";

/** Counts each answered request as "ok" or "error" (any error in the answer) for the service's /metrics. */
export function useOutcomeMetrics(count: (outcome: "ok" | "error") => void): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          count(response.body.kind === "single" && response.body.singleResult.errors?.length ? "error" : "ok");
        },
      };
    },
  };
}
