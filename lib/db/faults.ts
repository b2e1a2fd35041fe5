import { ErrorCode } from "../graphql/errors";

/**
 * Whether an error means the database could not be reached or dropped the connection (a restart, a
 * failover, an administrator's pg_terminate_backend, a network cut, a full pool) rather than a fault of
 * the request or of the code: the same request sent again once the database is back succeeds.
 */

/** SQLSTATE connection_exception (08xxx), admin/crash shutdown and cannot_connect_now (57P01-03), too_many_connections. */
const UNAVAILABLE_STATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);
/**
 * Prisma: can't reach the server, timed out, server closed the connection, no pool connection in time, and
 * a transaction the engine could not finish (P2028: e.g. its COMMIT or ROLLBACK failed on a dropped connection).
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024", "P2028"]);
/** The kinds @prisma/adapter-pg gives socket errors and SQLSTATE 53300. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** node-postgres' own errors for a socket that closed or a connection not made in time (they carry no code). */
const DRIVER_MESSAGES =
  /^(Connection terminated( unexpectedly)?|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable)$/;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const { code, kind, originalCode, message, meta, cause, originalError } = error as Record<string, unknown>;
  if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || UNAVAILABLE_STATE.test(code))) return true;
  if (typeof originalCode === "string" && UNAVAILABLE_STATE.test(originalCode)) return true;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  if (typeof message === "string" && DRIVER_MESSAGES.test(message)) return true;
  const adapterError = (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  return [adapterError, cause, originalError].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** What a caller is told when its department's database is away for a moment: retry, the resend is safe. */
export function databaseUnavailableError(department: string) {
  return {
    message: `the ${department} database is unavailable for a moment; send the request again`,
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true },
  };
}
