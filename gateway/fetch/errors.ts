import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../../lib/graphql/errors";
import { DEADLINE_REASON, DeadlinePassed } from "./deadline";

type FetchResponse = Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0];
type SubgraphResponse = Parameters<NonNullable<RemoteGraphQLDataSource["didReceiveResponse"]>>[0]["response"];

const DEPARTMENT_FAULTS = new Set<unknown>([ErrorCode.SUBGRAPH_UNAVAILABLE, ErrorCode.SUBGRAPH_TIMEOUT]);

/**
 * Whether an error says the department is failing (so it is retried and counted by the breaker). A fetch cut
 * short by the request's own deadline says nothing about the department.
 */
export const isDepartmentFault = (error: unknown): boolean =>
  error instanceof GraphQLError && DEPARTMENT_FAULTS.has(error.extensions.code) && error.extensions.reason !== DEADLINE_REASON;

/**
 * A department's own error may name another department it could not ask through the graph; @apollo/gateway
 * stamps every subgraph error with the answering subgraph's name, so that name is carried aside under this
 * key (carryNamedService) and put back before the response leaves (useOneErrorPerDepartment).
 */
const NAMED_SERVICE = "namedServiceName";

export function carryNamedService(response: SubgraphResponse): SubgraphResponse {
  for (const error of response.errors ?? []) {
    const named = error.extensions?.serviceName;
    if (typeof named === "string") (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, [NAMED_SERVICE]: named };
  }
  return response;
}

/**
 * A query plan may fetch from a department several times (one fetch per aliased root field, say); when the
 * department is down the client is told once, not once per fetch. Also puts back the department a
 * department's own error named.
 */
export const useOneErrorPerDepartment: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
        for (const error of response.body.singleResult.errors) {
          const extensions = error.extensions as Record<string, unknown> | undefined;
          if (extensions && typeof extensions[NAMED_SERVICE] === "string") {
            extensions.serviceName = extensions[NAMED_SERVICE];
            delete extensions[NAMED_SERVICE];
          }
        }
        const told = new Set<string>();
        response.body.singleResult.errors = response.body.singleResult.errors.filter((error) => {
          if (!DEPARTMENT_FAULTS.has(error.extensions?.code)) return true;
          const key = JSON.stringify([error.extensions?.code, error.extensions?.serviceName]);
          if (told.has(key)) return false;
          told.add(key);
          return true;
        });
      },
    };
  },
};

/**
 * What the client is told when a fetch failed: the department's fields are null and one error names the
 * department (SUBGRAPH_UNAVAILABLE or SUBGRAPH_TIMEOUT). Errors never carry the subgraph's internal address.
 */
export function departmentFault(department: string, error: Error): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof DeadlinePassed) {
    return new GraphQLError(
      `This request's deadline passed before the ${department} service answered; its fields are null in this response. Ask for less, or page with a smaller \`first\`.`,
      { extensions: { code: ErrorCode.SUBGRAPH_TIMEOUT, serviceName: department, reason: DEADLINE_REASON } },
    );
  }
  if (error.name === "TimeoutError") {
    return new GraphQLError(`The ${department} service did not answer in time; its fields are null in this response.`, {
      extensions: { code: ErrorCode.SUBGRAPH_TIMEOUT, serviceName: department },
    });
  }
  return new GraphQLError(`The ${department} service is unavailable; its fields are null in this response.`, {
    extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: department },
    originalError: error,
  });
}

/** The breaker answered for a department it gives a rest. */
export function circuitOpen(department: string): GraphQLError {
  return new GraphQLError(`The ${department} service is failing and is given a rest; its fields are null in this response.`, {
    extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: department, circuit: "open" },
  });
}

/**
 * A subgraph answers 400 when it rejects a value the gateway cannot check itself (a custom scalar such as
 * DateTime or Decimal): its own message and code pass on, as if it had answered 200 with errors. Anything
 * else is the department failing, told without its raw body.
 */
export async function errorFromHttp(department: string, response: FetchResponse): Promise<GraphQLError> {
  const body: unknown = await response.json().catch(() => undefined);
  const first = (body as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown; field?: unknown } }> } | undefined)?.errors?.[0];
  if (response.status < 500 && typeof first?.message === "string") {
    const field = first.extensions?.field;
    return new GraphQLError(first.message, {
      extensions: {
        code: typeof first.extensions?.code === "string" ? first.extensions.code : "BAD_REQUEST",
        // The argument a refused value was given for (a Month, say), as resolvers name it.
        ...(typeof field === "string" ? { field } : {}),
        serviceName: department,
      },
    });
  }
  return new GraphQLError(`The ${department} service failed (HTTP ${response.status}); its fields are null in this response.`, {
    extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: department },
  });
}
