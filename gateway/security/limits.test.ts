import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloServer, type GraphQLResponse } from "@apollo/server";
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type FormattedExecutionResult,
  type OperationDefinitionNode,
} from "graphql";
import { ROLES, type Identity, type Role } from "../../lib/auth/identity";
import { ROOT } from "../../lib/paths";
import { costTableOfSdl, DEFAULT_LIMITS, measure, UNANNOTATED_LIST_SIZE, useOperationLimits, type Measure, type OperationLimits } from "./limits";

const COST_DIRECTIVES = /* GraphQL */ `
  directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
`;
const typeDefs = /* GraphQL */ `
  ${COST_DIRECTIVES}
  type Query {
    orders(first: Int = 20, after: String): OrderConnection! @listSize(slicingArguments: ["first"], sizedFields: ["nodes"], requireOneSlicingArgument: false)
    recent(first: Int = 5): OrderConnection! @listSize(slicingArguments: ["first"], sizedFields: ["nodes"], requireOneSlicingArgument: false)
    order(id: ID!): Order
    search(text: String @cost(weight: 50)): [Order!]! @listSize(assumedSize: 3)
  }
  type OrderConnection {
    nodes: [Order!]!
  }
  type Order {
    id: ID!
    lines: [Line!]! @listSize(assumedSize: 4)
    parties: [Party!]!
    payment: Payment
    counterparty: Counterparty
  }
  union Counterparty = Party | Payment | Order
  type Line {
    gnum: Int!
    product: Product
  }
  type Product @cost(weight: 5) {
    name: String
  }
  type Party {
    name: String
  }
  type Payment {
    amount: String
  }
`;
const schema = buildSchema(typeDefs);
const USCC = "91460100MA5T00002P";

function measureQuery(query: string, variables: Record<string, unknown> = {}, on = schema): Measure {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error("no operation in the test query");
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return measure(on, operation.selectionSet, on.getQueryType()!, fragments, variables);
}

/** Fragments that spread the next one twice, `levels` deep: 2^levels paths to the innermost fragment. */
const fragmentBomb = (levels: number) =>
  `{ order(id: "1") { ...F0 } } ${Array.from({ length: levels }, (_, i) => `fragment F${i} on Order { ...F${i + 1} ...F${i + 1} }`).join(" ")} fragment F${levels} on Order { lines { gnum } }`;

describe("measure (GraphQL cost directives)", () => {
  it("prices a connection by its `first` and the lists below it by their assumed size", () => {
    // orders 1 + nodes 10 × (Order 1 + id 0 + lines 4 × (Line 1 + gnum 0))
    expect(measureQuery(`{ orders(first: 10) { nodes { id lines { gnum } } } }`)).toEqual({ depth: 4, aliases: 0, rootFields: 1, cost: 1 + 10 * (1 + 4) });
  });

  it("slices by `first: 5`", () => {
    expect(measureQuery(`{ orders(first: 5) { nodes { id } } }`).cost).toBe(1 + 5);
  });

  it("prices a nested list without `first` by its assumedSize", () => {
    expect(measureQuery(`{ order(id: "1") { lines { gnum } } }`).cost).toBe(1 + 4);
    expect(measureQuery(`{ search { lines { gnum } } }`).cost).toBe(3 * (1 + 4));
  });

  it("prices a list the schema says nothing about by the documented fallback", () => {
    expect(UNANNOTATED_LIST_SIZE).toBe(10);
    expect(measureQuery(`{ order(id: "1") { parties { name } } }`).cost).toBe(1 + UNANNOTATED_LIST_SIZE);
  });

  it("costs an object field 1 and a leaf 0", () => {
    expect(measureQuery(`{ order(id: "1") { id payment { amount } } }`)).toEqual({ depth: 3, aliases: 0, rootFields: 1, cost: 2 });
  });

  it("uses @cost on a type and on an argument", () => {
    // order 1 + lines 4 × (1 + product 5)
    expect(measureQuery(`{ order(id: "1") { lines { product { name } } } }`).cost).toBe(1 + 4 * (1 + 5));
    expect(measureQuery(`{ search(text: "x") { id } }`).cost).toBe(50 + 3);
  });

  it("reads `first` from a variable", () => {
    expect(measureQuery(`query Q($n: Int) { orders(first: $n) { nodes { id lines { gnum } } } }`, { n: 7 }).cost).toBe(1 + 7 * 5);
  });

  it("grows with a larger `first` variable", () => {
    const query = `query Q($n: Int) { orders(first: $n) { nodes { id } } }`;
    expect(measureQuery(query, { n: 1 }).cost).toBe(2);
    expect(measureQuery(query, { n: 1000 }).cost).toBe(1001);
  });

  it("uses the slicing argument's default when it is absent", () => {
    expect(measureQuery(`{ recent { nodes { id } } }`).cost).toBe(1 + 5);
    expect(measureQuery(`{ orders { nodes { id } } }`).cost).toBe(1 + 20);
  });

  it("counts aliases and root fields", () => {
    expect(measureQuery(`{ a: order(id: "1") { id } b: order(id: "2") { x: id y: id } orders(first: 1) { nodes { id } } }`)).toEqual({
      depth: 3,
      aliases: 4,
      rootFields: 3,
      cost: 1 + 1 + (1 + 1),
    });
  });

  it("follows named and inline fragments, and sizes `nodes` selected through a fragment", () => {
    const query = `
      { orders(first: 2) { ...Page } }
      fragment Page on OrderConnection { nodes { ...OrderFields } }
      fragment OrderFields on Order { id ... on Order { lines { gnum } } }
    `;
    expect(measureQuery(query)).toEqual({ depth: 4, aliases: 0, rootFields: 1, cost: 1 + 2 * (1 + 4) });
  });

  it("prices the fragments on a union's types as alternatives: the most expensive one counts", () => {
    // order 1 + counterparty 1 + max(Party 0, Order: lines 4 × 1 + payment 1 = 5, Payment 0)
    const query = `{ order(id: "1") { counterparty { __typename ... on Party { name } ...O ... on Payment { amount } } } } fragment O on Order { lines { gnum } payment { amount } }`;
    expect(measureQuery(query).cost).toBe(1 + 1 + 5);
  });

  it("counts root fields selected through a fragment on Query", () => {
    const query = `{ ...Roots } fragment Roots on Query { order(id: "1") { id } a: recent { nodes { id } } }`;
    expect(measureQuery(query)).toEqual({ depth: 3, aliases: 1, rootFields: 2, cost: 1 + (1 + 5) });
  });

  it("does not loop on a fragment spread again inside itself", () => {
    const query = `{ order(id: "1") { ...Cycle } } fragment Cycle on Order { id lines { gnum } payment { ...Cycle } }`;
    // order 1 + lines 4 + payment 1; the inner spread is not followed again
    expect(measureQuery(query)).toEqual({ depth: 3, aliases: 0, rootFields: 1, cost: 6 });
  });

  it("measures fragments spread twice at every level in linear time, with the whole estimate", () => {
    // 2^500 paths: walking them would never end; each (fragment, type) is measured once.
    expect(measureQuery(fragmentBomb(500)).cost).toBe(1 + 4 * 2 ** 500);
    expect(measureQuery(fragmentBomb(40))).toEqual({ depth: 3, aliases: 0, rootFields: 1, cost: 1 + 4 * 2 ** 40 });
  });

  describe("the federation audit's child-type-mismatch queries: nested lists without `first`, tiny answers", () => {
    // The suite's API schema (github.com/graphql-hive/federation-gateway-audit). It carries no cost directives,
    // so its lists are priced at the fallback size. The per-field estimate this replaced (every field 1, 20
    // per list, union alternatives summed) put these two at 132,962 and 67,281 and refused them to every role.
    const audit = buildSchema(/* GraphQL */ `
      type Query {
        users: [User!]!
        accounts: [Account!]!
      }
      union Account = User | Admin
      type User {
        id: ID
        name: String
        similarAccounts: [Account!]!
      }
      type Admin {
        id: ID
        name: String
        similarAccounts: [Account!]!
      }
    `);
    /** `... on User { fields inner } ... on Admin { fields inner }`, as the suite spells each level out. */
    const eachType = (fields: string, inner = "") => `... on User { ${fields} ${inner} } ... on Admin { ${fields} ${inner} }`;
    const threeLevels = (fields: string) =>
      `accounts { ${eachType(fields, `similarAccounts { ${eachType(fields, `similarAccounts { ${eachType(fields)} }`)} }`)} }`;
    // At 10 per list: innermost similarAccounts 10 × 1; the middle one 10 × (1 + 10); accounts 10 × (1 + 110);
    // users 10 × 1. The union's two types are alternatives, so each level counts once.
    it.each([
      ["DeeplyNestedInternalAlias", `query DeeplyNestedInternalAlias { users { id name } ${threeLevels("id name")} }`, 10 + 1_110],
      ["DeeplyNested", `query DeeplyNested { ${threeLevels("name")} }`, 1_110],
    ])("%s costs its estimate, within every role's default limit but public's", (_, query, cost) => {
      expect(measureQuery(query, {}, audit).cost).toBe(cost);
      for (const role of ROLES.filter((r) => r !== "public")) expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS[role].maxCost);
    });
  });

  describe("the composed supergraph", () => {
    const sdl = readFileSync(path.join(ROOT, "supergraph.graphql"), "utf8");
    const supergraph = buildSchema(sdl, { assumeValidSDL: true });
    const table = costTableOfSdl(sdl);

    it("gives every list of objects a size: its own @listSize or a connection's sizedFields", () => {
      const sized = new Set<string>();
      for (const type of Object.values(supergraph.getTypeMap())) {
        if (!isObjectType(type)) continue;
        for (const field of Object.values(type.getFields())) {
          for (const child of table.listSizes.get(`${type.name}.${field.name}`)?.sizedFields ?? []) sized.add(`${getNamedType(field.type).name}.${child}`);
        }
      }
      const unsized: string[] = [];
      for (const type of Object.values(supergraph.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith("__")) continue;
        for (const field of Object.values(type.getFields())) {
          const coordinate = `${type.name}.${field.name}`;
          if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type))) continue;
          if (!table.listSizes.has(coordinate) && !sized.has(coordinate)) unsized.push(coordinate);
        }
      }
      expect(unsized).toEqual([]);
    });

    it("prices the gateway's operations from the supergraph's directives", () => {
      const cost = (query: string) => {
        const operation = parse(query).definitions[0] as OperationDefinitionNode;
        return measure(supergraph, operation.selectionSet, supergraph.getQueryType()!, {}, {}, table).cost;
      };
      // enterprises 1 + nodes 100 × (1 + creditEvents (last) 50 × (1 + enterprise (1 + creditEvents 50 × 1)))
      expect(cost(`{ enterprises(first: 100) { nodes { creditEvents(last: 50) { id enterprise { creditEvents(last: 50) { id } } } } } }`)).toBe(
        1 + 100 * (1 + 50 * (1 + (1 + 50))),
      );
      // A default page of lists with their goods and receipts: orders 1 + 20 × (1 + lines 10 + receipts 5)
      expect(cost(`{ declarations { nodes { copNo lines { gnum } receipts { returnStatus } } } }`)).toBe(1 + 20 * (1 + 10 + 5));
    });

    it("slices every field that takes `first` by it", () => {
      const unsliced: string[] = [];
      for (const type of Object.values(supergraph.getTypeMap())) {
        if (!isObjectType(type)) continue;
        for (const field of Object.values(type.getFields())) {
          const coordinate = `${type.name}.${field.name}`;
          if (field.args.some((argument) => argument.name === "first") && !table.listSizes.get(coordinate)?.slicingArguments?.includes("first")) {
            unsliced.push(coordinate);
          }
        }
      }
      expect(unsliced).toEqual([]);
    });
  });
});

type Context = { identity: Identity };

const identities: Record<Role, Identity> = {
  staff: { subject: "t", role: "staff", department: "customs", usccs: [], requestId: "r" },
  enterprise: { subject: "t", role: "enterprise", usccs: [USCC], requestId: "r" },
  analyst: { subject: "t", role: "analyst", usccs: [], requestId: "r" },
  admin: { subject: "t", role: "admin", usccs: [], requestId: "r" },
  partner: { subject: "t", role: "partner", usccs: [USCC], requestId: "r" },
  public: { subject: "t", role: "public", usccs: [], requestId: "r" },
};

const tight: OperationLimits = { maxDepth: 3, maxAliases: 2, maxRootFields: 2, maxCost: 50 };
const roomy: OperationLimits = { maxDepth: 10, maxAliases: 20, maxRootFields: 10, maxCost: 10_000 };
const LIMITS: Record<Role, OperationLimits> = { staff: tight, enterprise: tight, analyst: tight, partner: tight, public: tight, admin: roomy };

describe("useOperationLimits in an Apollo Server", () => {
  let resolved = 0;
  const resolvers = {
    Query: {
      orders: (_: unknown, args: { first: number }) => {
        resolved++;
        return { nodes: Array.from({ length: Math.min(args.first, 3) }, (_unused, i) => ({ id: String(i + 1), lines: [{ gnum: 1 }] })) };
      },
      recent: () => {
        resolved++;
        return { nodes: [] };
      },
      order: (_: unknown, args: { id: string }) => {
        resolved++;
        return { id: args.id, lines: [], payment: null };
      },
    },
  };
  const servers: ApolloServer<Context>[] = [];
  const makeServer = async (introspection: boolean) => {
    const server = new ApolloServer<Context>({
      typeDefs,
      resolvers,
      // Apollo's own introspection switch stays on: what is tested is the plugin's.
      introspection: true,
      includeStacktraceInErrorResponses: false,
      plugins: [useOperationLimits({ introspection, limits: LIMITS })],
    });
    await server.start();
    servers.push(server);
    return server;
  };
  let open: ApolloServer<Context>;
  let closed: ApolloServer<Context>;

  beforeAll(async () => {
    open = await makeServer(true);
    closed = await makeServer(false);
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });
  beforeEach(() => {
    resolved = 0;
  });

  async function run(server: ApolloServer<Context>, role: Role, query: string, variables?: Record<string, unknown>) {
    const response: GraphQLResponse = await server.executeOperation({ query, variables }, { contextValue: { identity: identities[role] } });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return { result: response.body.singleResult as FormattedExecutionResult, status: response.http.status };
  }

  async function expectRefused(query: string, limitName: string, role: Role = "analyst") {
    const { result, status } = await run(open, role, query);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error!.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(error!.message).toContain(`operation ${limitName} `);
    expect(error!.message).toContain(`for role ${role}`);
    expect(status).toBe(400);
    expect(resolved).toBe(0);
    return error!.message;
  }

  it("refuses an operation nested deeper than the role's limit", async () => {
    const message = await expectRefused(`{ orders(first: 1) { nodes { lines { gnum } } } }`, "depth");
    expect(message).toContain("depth 4 exceeds the limit of 3");
  });

  it("refuses an operation with more aliases than the role's limit", async () => {
    const message = await expectRefused(`{ order(id: "1") { a: id b: id c: id } }`, "aliases");
    expect(message).toContain("aliases 3 exceeds the limit of 2");
  });

  it("refuses an operation with more root fields than the role's limit", async () => {
    const message = await expectRefused(`{ order(id: "1") { id } orders(first: 1) { nodes { id } } recent(first: 1) { nodes { id } } }`, "root fields");
    expect(message).toContain("root fields 3 exceeds the limit of 2");
  });

  it("refuses an operation costing more than the role's limit", async () => {
    const message = await expectRefused(`{ orders(first: 100) { nodes { id } } }`, "cost");
    expect(message).toContain("cost 101 exceeds the limit of 50");
  });

  it("refuses an operation whose cost comes from a `first` variable", async () => {
    const { result } = await run(open, "enterprise", `query Q($n: Int) { orders(first: $n) { nodes { id } } }`, { n: 100 });
    expect(result.errors?.[0]?.message).toContain("operation cost 101 exceeds the limit of 50 for role enterprise");
    expect(resolved).toBe(0);
  });

  it("names the caller's role and applies that role's limits", async () => {
    await expectRefused(`{ orders(first: 100) { nodes { id } } }`, "cost", "partner");
    const { result } = await run(open, "admin", `{ orders(first: 100) { nodes { id } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ orders: { nodes: [{ id: "1" }, { id: "2" }, { id: "3" }] } });
  });

  it("runs an operation within the limits", async () => {
    const { result, status } = await run(open, "analyst", `{ orders(first: 2) { nodes { id } } order(id: "9") { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ orders: { nodes: [{ id: "1" }, { id: "2" }] }, order: { id: "9" } });
    expect(status ?? 200).toBe(200);
    expect(resolved).toBe(2);
  });

  it("runs an operation exactly at every limit", async () => {
    // depth 3, aliases 2, root fields 2, cost (1 + 48) + 1 = 50
    const query = `{ orders(first: 48) { nodes { a: id } } b: order(id: "1") { id } }`;
    expect(measureQuery(query)).toEqual({ depth: 3, aliases: 2, rootFields: 2, cost: 50 });
    const { result } = await run(open, "analyst", query);
    expect(result.errors).toBeUndefined();
    expect(resolved).toBe(2);
  });

  it.each([
    ["__schema", `{ __schema { queryType { name } } }`],
    ["__type", `{ __type(name: "Order") { name } }`],
  ])("refuses introspection (%s) to partners even when introspection is enabled", async (_field, query) => {
    const { result, status } = await run(open, "partner", query);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(status).toBe(403);
  });

  it("allows introspection to other roles when introspection is enabled", async () => {
    for (const role of ROLES.filter((r) => r !== "partner")) {
      const { result } = await run(open, role, `{ __schema { queryType { name } } }`);
      expect({ role, result }).toEqual({ role, result: { data: { __schema: { queryType: { name: "Query" } } } } });
    }
  });

  it("refuses introspection to every role when introspection is disabled", async () => {
    for (const role of ROLES) {
      const { result } = await run(closed, role, `{ __schema { queryType { name } } }`);
      expect({ role, code: result.errors?.[0]?.extensions?.code, data: result.data }).toEqual({ role, code: "FORBIDDEN", data: undefined });
    }
  });

  it("still answers __typename when introspection is disabled", async () => {
    const { result } = await run(closed, "partner", `{ __typename }`);
    expect(result).toEqual({ data: { __typename: "Query" } });
  });

  it("removes schema suggestions from validation errors for everyone but staff", async () => {
    for (const role of ROLES.filter((r) => r !== "staff")) {
      const { result } = await run(open, role, `{ order(id: "1") { idd } }`);
      expect({ role, messages: result.errors?.map((error) => error.message) }).toEqual({ role, messages: ['Cannot query field "idd" on type "Order".'] });
      expect(JSON.stringify(result)).not.toContain("Did you mean");
      expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    }
  });

  it("keeps schema suggestions for staff", async () => {
    const { result } = await run(open, "staff", `{ order(id: "1") { idd } }`);
    expect(result.errors?.map((error) => error.message)).toEqual(['Cannot query field "idd" on type "Order". Did you mean "id"?']);
  });

  it("removes argument suggestions too", async () => {
    const { result } = await run(open, "enterprise", `{ orders(frist: 1) { nodes { id } } }`);
    expect(result.errors?.map((error) => error.message)).toEqual(['Unknown argument "frist" on field "Query.orders".']);
  });

  it("prices by the supergraph's directives behind a gateway, whose API schema has none", async () => {
    // What @apollo/gateway hands Apollo Server: an API schema stripped of directives, and the supergraph SDL.
    const apiSchema = buildSchema(typeDefs.replace(/directive @[^\n]+/g, "").replace(/@(listSize|cost)\([^)]*\)/g, ""));
    let announce: ((context: { apiSchema: typeof apiSchema; coreSupergraphSdl: string }) => void) | undefined;
    const gateway = {
      onSchemaLoadOrUpdate(callback: NonNullable<typeof announce>) {
        announce = callback;
        return () => undefined;
      },
      async load() {
        announce?.({ apiSchema, coreSupergraphSdl: typeDefs });
        return { executor: async () => ({ data: { orders: { nodes: [] } } }) };
      },
      async stop() {},
    };
    const server = new ApolloServer<Context>({ gateway, plugins: [useOperationLimits({ introspection: true, limits: LIMITS })] });
    await server.start();
    servers.push(server);
    // The directives price search's argument at 50 and its list at 3: 1 + 10 + 50 + 3 = 64 (without them, 21).
    const { result } = await run(server, "analyst", `{ orders(first: 10) { nodes { id } } search(text: "x") { id } }`);
    expect(result.errors?.[0]?.message).toContain("operation cost 64 exceeds the limit of 50");
    // 3 × (1 + lines 4) = 15 (without them, 10 × (1 + 10) = 110, refused).
    expect((await run(server, "analyst", `{ search { lines { gnum } } }`)).result.errors).toBeUndefined();
  });

  describe("operations that try to slip past the checks", () => {
    it("refuses partner introspection hidden in an inline fragment on Query", async () => {
      const { result } = await run(open, "partner", `{ ... on Query { __schema { types { name } } } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("refuses partner introspection hidden in a named fragment on Query", async () => {
      const { result } = await run(open, "partner", `{ ...Peek } fragment Peek on Query { __type(name: "Order") { fields { name } } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("refuses fragments that double at every level, stating the whole estimate, with a stable code", async () => {
      const { result } = await run(open, "analyst", fragmentBomb(40));
      expect(result.errors?.[0]?.message).toBe(
        `operation cost ${1 + 4 * 2 ** 40} exceeds the limit of 50 for role analyst: ask for smaller pages (first) or fewer fields`,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", limit: { name: "cost", measured: 1 + 4 * 2 ** 40, max: 50 } });
      expect(resolved).toBe(0);
    });

    it("costs a `first` taken from a variable's default value", async () => {
      // Measured as first = 20 (the schema default, cost 21) but executed with first = 100.
      const { result } = await run(open, "analyst", `query Q($n: Int = 100) { orders(first: $n) { nodes { id } } }`);
      expect(result.errors?.[0]?.message).toContain("operation cost 101 exceeds the limit of 50");
    });
  });
});
