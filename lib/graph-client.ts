import { context, propagation } from "@opentelemetry/api";
import { signServiceRequest, SERVICE_HEADER, type ServiceOrigin } from "./trust/service-identity";
import type { Department } from "./departments";
import { replicasOf } from "./replicas";

export interface GraphResult<Data> {
  data?: Data | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** How a department's service reads other departments' data: through the gateway, as itself. */
export interface GraphClient {
  request<Data>(query: string, variables?: Record<string, unknown>): Promise<GraphResult<Data>>;
}

export const GRAPH_TIMEOUT_MS = 5_000;

/**
 * `origin`: the user request the service serves, carried into the audit of what it reads (none for the service's own work).
 * `gatewayUrl` may list the gateway's replicas, comma-separated (GATEWAY_URL): they are asked in turn, and one
 * that refuses the connection is passed over (lib/replicas.ts).
 */
export function graphClient(department: Department, key: Uint8Array, gatewayUrl: () => string | undefined, origin?: ServiceOrigin): GraphClient {
  return {
    async request<Data>(query: string, variables?: Record<string, unknown>) {
      const list = gatewayUrl();
      if (!list) return { errors: [{ message: "the gateway is not reachable yet", extensions: { code: "SUBGRAPH_UNAVAILABLE" } }] };
      const body = JSON.stringify({ query, variables });
      try {
        const headers: Record<string, string> = {
          "content-type": "application/json",
          [SERVICE_HEADER]: await signServiceRequest(key, department, body, origin),
        };
        // The read stays in the trace of the request it serves (the signature covers the body, not this header).
        propagation.inject(context.active(), headers);
        const signal = AbortSignal.timeout(GRAPH_TIMEOUT_MS);
        const response = await replicasOf(list, "GATEWAY_URL").send((url) => fetch(url, { method: "POST", headers, body, signal }));
        return (await response.json()) as GraphResult<Data>;
      } catch (error) {
        return { errors: [{ message: `the gateway did not answer: ${(error as Error).message}`, extensions: { code: "SUBGRAPH_UNAVAILABLE" } }] };
      }
    },
  };
}
