/**
 * The four subgraphs of The Guild's federation gateway benchmark (accounts, inventory, products, reviews;
 * github.com/graphql-hive/graphql-gateways-benchmark, subgraphs/*.rs), re-implemented with
 * @apollo/subgraph and served as the benchmark serves them: one process, one port, one path each.
 *
 * The resolvers do what the benchmark's do, quirks included, because its expected answer depends on them:
 * a review's author is always user 1 with the first two reviews, any user's reviews are the first two, and
 * inventory's `shippingEstimate` is always null (its entity resolver reads the UPC alone and its stored
 * products carry no price or weight, so the price and weight the gateway sends are never looked at).
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { composeServices } from "@apollo/composition";
import { buildSubgraphSchema, type GraphQLResolverMap } from "@apollo/subgraph";
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { IN_STOCK, PRODUCTS, REVIEWS, USERS, type Review } from "./data";

export const PUBLIC_SUBGRAPHS = ["accounts", "inventory", "products", "reviews"] as const;
export type PublicSubgraph = (typeof PUBLIC_SUBGRAPHS)[number];

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@provides", "@shareable"])`;

/** The benchmark's schemas (async-graphql's federation output, in federation 2 terms). */
export const PUBLIC_SDL: Record<PublicSubgraph, string> = {
  accounts: `${LINK}
    type Query { me: User user(id: ID!): User users: [User] }
    type User @key(fields: "id") { id: ID! name: String username: String @shareable birthday: Int }`,
  inventory: `${LINK}
    type Product @key(fields: "upc") {
      upc: String!
      weight: Int @external
      price: Int @external
      inStock: Boolean
      shippingEstimate: Int @requires(fields: "price weight")
    }`,
  products: `${LINK}
    type Query { topProducts(first: Int = 5): [Product] }
    type Product @key(fields: "upc") { upc: String! name: String price: Int weight: Int }`,
  reviews: `${LINK}
    type Review @key(fields: "id") { id: ID! body: String product: Product author: User @provides(fields: "username") }
    type User @key(fields: "id") { id: ID! username: String @external reviews: [Review] }
    type Product @key(fields: "upc") { upc: String! reviews: [Review] }`,
};

/** Every user's reviews in the reviews subgraph, whoever the user: the benchmark's REVIEWS[0..2]. */
const FIRST_TWO = REVIEWS.slice(0, 2);
const reviewOut = (review: Review) => ({ id: review.id, body: review.body, product: { upc: review.upc } });

const RESOLVERS: Record<PublicSubgraph, GraphQLResolverMap<unknown>> = {
  accounts: {
    Query: {
      me: () => USERS[0],
      user: (_: unknown, { id }: { id: string }) => USERS.find((user) => user.id === id) ?? null,
      users: () => USERS,
    },
    User: { __resolveReference: ({ id }: { id: string }) => USERS.find((user) => user.id === id) },
  },
  inventory: {
    Product: {
      __resolveReference: ({ upc }: { upc: string }) => ({ upc, inStock: IN_STOCK[upc], price: null, weight: null }),
      shippingEstimate: ({ price, weight }: { price: number | null; weight: number | null }) => {
        if (price === null) return null;
        if (price > 1000) return 0;
        return weight === null ? null : Math.trunc(weight / 2);
      },
    },
  },
  products: {
    Query: { topProducts: (_: unknown, { first }: { first: number | null }) => PRODUCTS.slice(0, first ?? 5) },
    Product: { __resolveReference: ({ upc }: { upc: string }) => PRODUCTS.find((product) => product.upc === upc) },
  },
  reviews: {
    Review: {
      __resolveReference: ({ id }: { id: string }) => {
        const review = REVIEWS.find((candidate) => candidate.id === id);
        return review && reviewOut(review);
      },
      author: () => ({ id: "1", username: "urigo" }),
    },
    User: {
      __resolveReference: ({ id }: { id: string }) => ({ id, username: "user" }),
      reviews: () => FIRST_TWO.map(reviewOut),
    },
    Product: {
      __resolveReference: ({ upc }: { upc: string }) => ({ upc }),
      reviews: ({ upc }: { upc: string }) => REVIEWS.filter((review) => review.upc === upc).map(reviewOut),
    },
  },
};

export function publicSchema(name: PublicSubgraph): GraphQLSchema {
  return buildSubgraphSchema([{ typeDefs: parse(PUBLIC_SDL[name]), resolvers: RESOLVERS[name] }]);
}

/** The supergraph of the four, composed as scripts/compose composes ours, routed to `baseUrl`/<subgraph>. */
export function composePublicSupergraph(baseUrl: string): string {
  const result = composeServices(PUBLIC_SUBGRAPHS.map((name) => ({ name, url: `${baseUrl}/${name}`, typeDefs: parse(PUBLIC_SDL[name]) })));
  if (result.errors) throw new Error(`the public benchmark's subgraphs do not compose: ${result.errors.map((error) => error.message).join("; ")}`);
  return result.supergraphSdl;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The four on one node:http server: POST /<subgraph> runs GraphQL, GET /health and /ready answer OK. A
 * gateway sends a handful of distinct documents, so each is parsed and validated once and kept: what is
 * left per request is execution, as in the benchmark's Rust subgraphs, whose cost is small beside a gateway's.
 */
export async function startPublicSubgraphs(port = 0): Promise<{ url: string; server: Server }> {
  const schemas = Object.fromEntries(PUBLIC_SUBGRAPHS.map((name) => [name, publicSchema(name)])) as Record<PublicSubgraph, GraphQLSchema>;
  const documents = new Map<string, DocumentNode | readonly Error[]>();
  const server = createServer(async (request, response) => {
    const path = (request.url ?? "/").split("?")[0]!.slice(1);
    if (request.method === "GET" && (path === "health" || path === "ready")) {
      response.end("OK");
      return;
    }
    const schema = schemas[path as PublicSubgraph];
    if (request.method !== "POST" || !schema) {
      response.writeHead(404).end();
      return;
    }
    const answer = (status: number, value: unknown) => response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
    let sent: { query?: unknown; variables?: Record<string, unknown>; operationName?: string };
    try {
      sent = JSON.parse(await bodyOf(request));
    } catch {
      answer(400, { errors: [{ message: "the body is not JSON" }] });
      return;
    }
    if (typeof sent.query !== "string") {
      answer(400, { errors: [{ message: "no query" }] });
      return;
    }
    const key = `${path}\n${sent.query}`;
    let document = documents.get(key);
    if (!document) {
      try {
        const parsed = parse(sent.query);
        const errors = validate(schema, parsed);
        document = errors.length ? errors : parsed;
      } catch (error) {
        document = [error as Error];
      }
      documents.set(key, document);
    }
    if (Array.isArray(document)) {
      answer(400, { errors: document.map((error) => ({ message: error.message })) });
      return;
    }
    answer(200, await execute({ schema, document: document as DocumentNode, variableValues: sent.variables, operationName: sent.operationName }));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
