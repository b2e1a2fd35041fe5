import { ApolloServer } from "@apollo/server";
import { buildSchema } from "graphql";
import type { Identity } from "./auth/identity";
import { useRequestLog, type RequestLogEntry } from "./request-log";

const schema = buildSchema(`type Query { secret(id: String!): String }`);
const identity: Identity = { subject: "officer", role: "staff", department: "customs", usccs: [], requestId: "req-42" };

describe("the request log", () => {
  it("writes one line per request with the request id, operation, role and error codes, and nothing the caller sent", async () => {
    const lines: RequestLogEntry[] = [];
    const server = new ApolloServer<{ identity: Identity; operation: string | null }>({
      schema,
      rootValue: { secret: () => "x" },
      plugins: [useRequestLog((entry) => lines.push(entry))],
    });
    await server.start();
    await server.executeOperation(
      { query: `query Look($id: String!) { secret(id: $id) }`, variables: { id: "110105194912310021" }, operationName: "Look" },
      { contextValue: { identity, operation: "Look" } },
    );
    await server.executeOperation({ query: `{ nope }` }, { contextValue: { identity, operation: null } });
    await server.stop();
    expect(lines).toEqual([
      { requestId: "req-42", operation: "Look", role: "staff", department: "customs", durationMs: expect.any(Number), errors: [] },
      { requestId: "req-42", operation: null, role: "staff", department: "customs", durationMs: expect.any(Number), errors: ["GRAPHQL_VALIDATION_FAILED"] },
    ]);
    expect(JSON.stringify(lines)).not.toContain("110105194912310021");
  });
});
