import { ApolloServer, type GraphQLResponse } from "@apollo/server";
import { buildSchema, Kind, parse, type FragmentDefinitionNode, type FormattedExecutionResult, type OperationDefinitionNode } from "graphql";
import { ROLES, type Identity, type Role } from "../../lib/auth/identity";
import { DEFAULT_LIST_SIZE, measure, useOperationLimits, type Measure, type OperationLimits } from "./limits";

const typeDefs = /* GraphQL */ `
  type Query {
    orders(first: Int = 20, after: String): OrderConnection!
    recent(first: Int = 5, last: Int): OrderConnection!
    order(id: ID!): Order
  }
  type OrderConnection {
    nodes: [Order!]!
  }
  type Order {
    id: ID!
    lines: [Line!]!
    payment: Payment
  }
  type Line {
    gnum: Int!
  }
  type Payment {
    amount: String
  }
`;
const schema = buildSchema(typeDefs);
const USCC = "91460100MA5T00002P";

function measureQuery(query: string, variables: Record<string, unknown> = {}): Measure {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error("no operation in the test query");
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return measure(schema, operation.selectionSet, schema.getQueryType()!, fragments, variables);
}

describe("measure", () => {
  it("uses a list size of 20 when nothing says otherwise (the documented constant)", () => {
    expect(DEFAULT_LIST_SIZE).toBe(20);
  });

  it("costs each field by the sizes of the lists above it", () => {
    // orders 1 + nodes 1 + id 10 + lines 10 + gnum 10 × 20 (lines has no `first`)
    expect(measureQuery(`{ orders(first: 10) { nodes { id lines { gnum } } } }`)).toEqual({ depth: 4, aliases: 0, rootFields: 1, cost: 222 });
  });

  it("counts a single object field once", () => {
    expect(measureQuery(`{ order(id: "1") { id payment { amount } } }`)).toEqual({ depth: 3, aliases: 0, rootFields: 1, cost: 4 });
  });

  it("reads `first` from a variable", () => {
    // orders 1 + nodes 1 + id 7 + lines 7 + gnum 7 × 20
    expect(measureQuery(`query Q($n: Int) { orders(first: $n) { nodes { id lines { gnum } } } }`, { n: 7 })).toEqual({
      depth: 4,
      aliases: 0,
      rootFields: 1,
      cost: 1 + 1 + 7 + 7 + 140,
    });
  });

  it("grows with a larger `first` variable", () => {
    const query = `query Q($n: Int) { orders(first: $n) { nodes { id } } }`;
    expect(measureQuery(query, { n: 1 }).cost).toBe(3);
    expect(measureQuery(query, { n: 1000 }).cost).toBe(1002);
  });

  it("uses the schema's default `first` when the argument is absent", () => {
    // recent declares first = 5: 1 + 1 + 5
    expect(measureQuery(`{ recent { nodes { id } } }`).cost).toBe(7);
    // orders declares first = 20
    expect(measureQuery(`{ orders { nodes { id } } }`).cost).toBe(22);
  });

  it("uses `last` when `first` is not given", () => {
    expect(measureQuery(`{ recent(last: 3) { nodes { id } } }`).cost).toBe(5);
  });

  it("counts aliases and root fields", () => {
    expect(measureQuery(`{ a: order(id: "1") { id } b: order(id: "2") { x: id y: id } orders(first: 1) { nodes { id } } }`)).toEqual({
      depth: 3,
      aliases: 4,
      rootFields: 3,
      cost: 1 + 1 + 1 + 2 + 1 + 1 + 1,
    });
  });

  it("follows named and inline fragments", () => {
    const query = `
      { orders(first: 2) { nodes { ...OrderFields } } }
      fragment OrderFields on Order { id ... on Order { lines { gnum } } }
    `;
    // orders 1 + nodes 1 + id 2 + lines 2 + gnum 2 × 20
    expect(measureQuery(query)).toEqual({ depth: 4, aliases: 0, rootFields: 1, cost: 46 });
  });

  it("counts root fields selected through a fragment on Query", () => {
    const query = `{ ...Roots } fragment Roots on Query { order(id: "1") { id } a: recent { nodes { id } } }`;
    expect(measureQuery(query)).toEqual({ depth: 3, aliases: 1, rootFields: 2, cost: 1 + 1 + 1 + 1 + 5 });
  });

  it("does not loop on a fragment spread again inside itself", () => {
    const query = `{ order(id: "1") { ...Cycle } } fragment Cycle on Order { id lines { gnum } payment { ...Cycle } }`;
    // order 1 + id 1 + lines 1 + gnum 20 + payment 1; the inner spread is not followed again
    expect(measureQuery(query)).toEqual({ depth: 3, aliases: 0, rootFields: 1, cost: 24 });
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
    expect(message).toContain("cost 102 exceeds the limit of 50");
  });

  it("refuses an operation whose cost comes from a `first` variable", async () => {
    const { result } = await run(open, "enterprise", `query Q($n: Int) { orders(first: $n) { nodes { id } } }`, { n: 100 });
    expect(result.errors?.[0]?.message).toContain("operation cost 102 exceeds the limit of 50 for role enterprise");
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
    // depth 3, aliases 2, root fields 2, cost 1 + 1 + 46 + 1 + 1 = 50
    const query = `{ orders(first: 46) { nodes { a: id } } b: order(id: "1") { id } }`;
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

  describe("operations that try to slip past the checks", () => {
    it("refuses partner introspection hidden in an inline fragment on Query", async () => {
      const { result } = await run(open, "partner", `{ ... on Query { __schema { types { name } } } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("refuses partner introspection hidden in a named fragment on Query", async () => {
      const { result } = await run(open, "partner", `{ ...Peek } fragment Peek on Query { __type(name: "Order") { fields { name } } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("refuses fragments that double at every level instead of walking all 2ⁿ of their paths", async () => {
      const levels = 60;
      const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Order { ...F${i + 1} ...F${i + 1} }`).join(" ");
      const { result } = await run(open, "analyst", `{ order(id: "1") { ...F0 } } ${fragments} fragment F${levels} on Order { id }`);
      expect(result.errors?.[0]?.message).toMatch(/operation cost \d+ exceeds the limit/);
    });

    it("stops measuring once the budget is spent", () => {
      const document = parse(`{ orders(first: 100) { nodes { id lines { gnum } } } }`);
      const operation = document.definitions[0] as OperationDefinitionNode;
      expect(measure(schema, operation.selectionSet, schema.getQueryType()!, {}, {}, 50).cost).toBeLessThan(300);
    });

    it("costs a `first` taken from a variable's default value", async () => {
      // Measured as first = 20 (the schema default, cost 22) but executed with first = 100.
      const { result } = await run(open, "analyst", `query Q($n: Int = 100) { orders(first: $n) { nodes { id } } }`);
      expect(result.errors?.[0]?.message).toContain("operation cost 102 exceeds the limit of 50");
    });
  });
});
