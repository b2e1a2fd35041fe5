import { GraphQLError } from "graphql";

/** Codes that clients may rely on; they appear in `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  SUBGRAPH_UNAVAILABLE: "SUBGRAPH_UNAVAILABLE",
  SUBGRAPH_TIMEOUT: "SUBGRAPH_TIMEOUT",
  /** The department answers but its database does not, for a moment (`extensions.retryable`): the same request again succeeds. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHENTICATED: "UNAUTHENTICATED",
} as const;

/** Rejects an argument, naming it (dotted path for input fields, e.g. `filter.from`) in `extensions.field`. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}
