import { GraphQLError, Kind, parse, visit, BREAK, type ASTNode, type ValueNode } from "graphql";

/** Codes that clients may rely on; they appear in `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  SUBGRAPH_UNAVAILABLE: "SUBGRAPH_UNAVAILABLE",
  SUBGRAPH_TIMEOUT: "SUBGRAPH_TIMEOUT",
  /** The department answers but its database does not, for a moment (`extensions.retryable`): the same request again succeeds. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** Over a rate kept for one kind of read (the gateway answers its own rate limit with HTTP 429 and the same code). */
  RATE_LIMITED: "RATE_LIMITED",
} as const;

/** Rejects an argument, naming it (dotted path for input fields, e.g. `filter.from`) in `extensions.field`. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

/**
 * Another department could not be asked what a write depends on: nothing was stored, and the same request
 * again succeeds once it answers (`extensions.retryable`).
 */
export function departmentUnreachable(field: string, serviceName: string, what: string): GraphQLError {
  return new GraphQLError(`${field}: ${serviceName} cannot be asked ${what} now; nothing was stored, send it again later`, {
    extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName, field, retryable: true },
  });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/**
 * A value a scalar refuses (Month). graphql-js reports it as a failed validation (a literal) or a failed
 * variable coercion, neither naming the argument; inputValueRefusal turns either into the BAD_USER_INPUT
 * a resolver's badUserInput gives, naming the argument.
 */
export class InputValueError extends GraphQLError {
  constructor(
    readonly reason: string,
    node?: ValueNode,
  ) {
    super(reason, { nodes: node, extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
}

/** The argument path (`period`, `filter.fromPeriod`, `payment.period`) of the value an error points at, in its operation. */
function argumentPath(error: GraphQLError, reason: string): string | undefined {
  const node = error.nodes?.[0];
  const at = node?.loc;
  if (!node || !at) return undefined;
  const variable = node.kind === Kind.VARIABLE_DEFINITION ? node.variable.name.value : undefined;
  const path: string[] = [];
  let found: string | undefined;
  const named = (candidate: ASTNode) => candidate.kind === Kind.ARGUMENT || candidate.kind === Kind.OBJECT_FIELD;
  visit(parse(at.source), {
    enter(candidate) {
      if (named(candidate)) path.push((candidate as { name: { value: string } }).name.value);
      else if (
        path.length > 0 &&
        (variable ? candidate.kind === Kind.VARIABLE && candidate.name.value === variable : candidate.kind === node.kind && candidate.loc?.start === at.start)
      ) {
        found = path.join(".");
        return BREAK;
      }
      return undefined;
    },
    leave(candidate) {
      if (named(candidate)) path.pop();
    },
  });
  if (found === undefined || variable === undefined) return found;
  // Inside an input object given as a variable, graphql-js names the place: `... at "payment.period"; <reason>`.
  const inner = new RegExp(` at "${variable}([^"]*)"; `).exec(error.message.slice(0, -reason.length));
  return found + (inner?.[1] ?? "");
}

/** The answer to a request refused for an InputValueError: BAD_USER_INPUT naming the argument; undefined for any other error. */
export function inputValueRefusal(error: unknown): { message: string; extensions: { code: string; field?: string } } | undefined {
  let cause: unknown = error;
  while (cause instanceof GraphQLError && !(cause instanceof InputValueError)) cause = cause.originalError;
  if (!(cause instanceof InputValueError)) return undefined;
  const field = argumentPath(error as GraphQLError, cause.reason);
  return field === undefined
    ? { message: cause.reason, extensions: { code: ErrorCode.BAD_USER_INPUT } }
    : { message: `${field}: ${cause.reason}`, extensions: { code: ErrorCode.BAD_USER_INPUT, field } };
}
