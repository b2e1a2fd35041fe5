import type { Server } from "node:http";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { composePublicSupergraph, startPublicSubgraphs } from "./subgraphs";
import { answerMismatch, expectedAnswer, PUBLIC_BODY, PUBLIC_QUERY } from "./workload";

describe("the public gateway benchmark's workload", () => {
  let subgraphs: Server;
  let server: ApolloServer;

  beforeAll(async () => {
    const started = await startPublicSubgraphs();
    subgraphs = started.server;
    server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composePublicSupergraph(started.url) }) });
    await server.start();
  });

  afterAll(async () => {
    await server.stop();
    subgraphs.closeAllConnections();
    await new Promise((resolve) => subgraphs.close(resolve));
  });

  it("answers the benchmark's query with its expected answer through a stock gateway", async () => {
    const response = await server.executeOperation({ query: PUBLIC_QUERY });
    const body = response.body as { kind: string; singleResult: { data?: unknown; errors?: unknown } };
    expect(body.kind).toBe("single");
    expect(answerMismatch(body.singleResult, expectedAnswer())).toBeUndefined();
    expect(JSON.stringify(body.singleResult.data)).toHaveLength(JSON.stringify(expectedAnswer().data).length);
    expect(JSON.parse(PUBLIC_BODY)).toEqual({ query: PUBLIC_QUERY });
  });

  it("names where an answer departs from the expected one", () => {
    const expected = expectedAnswer();
    const changed = structuredClone(expected) as { data: { topProducts: Array<{ reviews: Array<{ author: { name: string } }> }> } };
    changed.data.topProducts[0]!.reviews[1]!.author.name = "someone else";
    expect(answerMismatch(changed, expected)).toBe('at data.topProducts.0.reviews.1.author.name: "someone else" instead of "Uri Goldshtein"');
    expect(answerMismatch({ data: expected.data, errors: [{ message: "boom" }] }, expected)).toBe('errors: [{"message":"boom"}]');
  });
});
