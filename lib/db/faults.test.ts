import { GraphQLError } from "graphql";
import { isDatabaseUnavailable } from "./faults";

/** Errors as Prisma 6.19 with @prisma/adapter-pg and node-postgres raise them (shapes seen in the restart tests). */
const prismaError = (code: string, meta?: object) =>
  Object.assign(new Error("Invalid `prisma.order.findUnique()` invocation"), { code, meta, clientVersion: "6.19.3" });
const adapterError = (cause: object) => Object.assign(new Error("driver adapter error"), { name: "DriverAdapterError", cause });

describe("which database errors pass (SERVICE_UNAVAILABLE, retryable)", () => {
  it.each([
    [
      "a query cut by pg_terminate_backend or a restart (57P01)",
      prismaError("P2010", { driverAdapterError: adapterError({ kind: "postgres", code: "57P01", originalCode: "57P01" }) }),
    ],
    ["a server that is starting up or shutting down (57P03)", adapterError({ kind: "postgres", code: "57P03" })],
    ["a refused connection", prismaError("P1001", { driverAdapterError: adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }) })],
    ["a connection reset", adapterError({ kind: "ConnectionClosed" })],
    ["a transaction whose COMMIT failed on a dropped connection", prismaError("P2028")],
    ["node-postgres' own dropped-socket error", new Error("Connection terminated unexpectedly")],
    ["a client already broken", new Error("Client has encountered a connection error and is not queryable")],
    ["too many connections", adapterError({ kind: "TooManyConnections" })],
    ["any of these inside the resolver's GraphQLError", new GraphQLError("x", { originalError: prismaError("P1017") })],
  ])("%s", (_, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ["a duplicate key", prismaError("P2002")],
    ["a record not found", prismaError("P2025")],
    ["a constraint of the database", adapterError({ kind: "postgres", code: "23514" })],
    ["a bug", new TypeError("cannot read properties of undefined")],
    ["a wrong password (configuration, not a passing fault)", adapterError({ kind: "AuthenticationFailed" })],
  ])("not %s", (_, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});
