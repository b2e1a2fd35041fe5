import { buildSubgraphSchema } from "@apollo/subgraph";
import { graphql, parse } from "graphql";
import type { Department } from "../departments";
import { partyCondition, SqlParams } from "../graphql/statistics";
import type { Identity } from "./identity";
import { declaredPolicy, enforcePolicies, mayRead, readableWhere, readsZoneFigures, type AccessPolicy, type PersonalDataRead } from "./policy";

const PLATFORM = "91460100MA5T00002P";
const SELLER = "91460100MA5T12345C";
const STRANGER = "91350100M000100Y43";

const staff = (department: Department): Identity => ({ subject: `staff-${department}`, role: "staff", department, usccs: [], requestId: "r1" });
const enterprise = (...usccs: string[]): Identity => ({ subject: "user", role: "enterprise", usccs, requestId: "r1" });
const partner = (...usccs: string[]): Identity => ({ subject: "partner", role: "partner", usccs, requestId: "r1" });
const analyst: Identity = { subject: "analyst", role: "analyst", usccs: [], requestId: "r1" };
const admin: Identity = { subject: "admin", role: "admin", usccs: [], requestId: "r1" };

/** An order-like record: customs owns it, logistics shares it, the platform and the seller are its parties. */
const ORDER: AccessPolicy = { owner: "customs", shared: ["logistics"], parties: ["ebpCode", "ebcCode"], public: false };
const row = { ebpCode: PLATFORM, ebcCode: SELLER };

describe("who reads a record (mayRead) and which records a list holds (readableWhere)", () => {
  it.each([
    ["staff of the owner department", staff("customs"), true],
    ["staff of a department it is shared with", staff("logistics"), true],
    ["staff of another department", staff("credit"), false],
    ["an analyst", analyst, true],
    ["an administrator", admin, true],
    ["an enterprise named as platform", enterprise(PLATFORM), true],
    ["an enterprise named as seller, among others it acts for", enterprise(STRANGER, SELLER), true],
    ["an enterprise not named on the record", enterprise(STRANGER), false],
    ["a partner acting for a party", partner(SELLER), true],
    ["a partner acting for someone else", partner(STRANGER), false],
  ] as const)("%s: %s", (_, identity, readable) => {
    expect(mayRead(identity, ORDER, row)).toBe(readable);
  });

  it("lets everyone read a public type", () => {
    expect(mayRead(enterprise(STRANGER), { ...ORDER, public: true }, row)).toBe(true);
    expect(readableWhere(enterprise(STRANGER), { ...ORDER, public: true })).toEqual({});
  });

  it.each([
    ["owner staff read everything", staff("customs"), {}],
    ["other staff read nothing", staff("credit"), { OR: [] }],
    ["analysts read everything", analyst, {}],
    [
      "an enterprise reads the records naming one of its codes in a party column",
      enterprise(PLATFORM, SELLER),
      {
        OR: [{ ebpCode: { in: [PLATFORM, SELLER] } }, { ebcCode: { in: [PLATFORM, SELLER] } }],
      },
    ],
  ] as const)("as a Prisma condition: %s", (_, identity, where) => {
    expect(readableWhere(identity, ORDER)).toEqual(where);
  });
});

describe("enforcePolicies on a built schema", () => {
  const sdl = `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    directive @access(owner: String!, shared: [String!] = [], parties: [String!] = [], public: Boolean = false) on OBJECT
    directive @personal(kind: String!, readers: [String!]!) on FIELD_DEFINITION
    type Query { orders: [Order!]! order: Order }
    type Order @key(fields: "ebpCode orderNo") @access(owner: "customs", shared: ["logistics"], parties: ["ebpCode", "ebcCode"]) {
      ebpCode: String!
      orderNo: String!
      ebcCode: String!
      buyerName: String @personal(kind: "name", readers: ["customs"])
    }`;
  const orders = [
    { ebpCode: PLATFORM, orderNo: "A1", ebcCode: SELLER, buyerName: "张三丰" },
    { ebpCode: STRANGER, orderNo: "B1", ebcCode: STRANGER, buyerName: "李四" },
  ];
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: { Query: { orders: () => orders, order: () => orders[1] } } }]);
  const policies = enforcePolicies(schema);
  const ask = async (identity: Identity, query: string) => {
    const audit: PersonalDataRead[] = [];
    const result = await graphql({ schema, source: query, contextValue: { identity, operation: "Test", audit } });
    expect(result.errors).toBeUndefined();
    return { data: result.data as Record<string, unknown>, audit };
  };

  it("reads the policy from the SDL", () => {
    expect(policies.get("Order")).toEqual(ORDER);
  });

  it("drops unreadable records from lists and answers null for a single one", async () => {
    const { data } = await ask(enterprise(SELLER), `{ orders { orderNo } order { orderNo } }`);
    expect(data).toEqual({ orders: [{ orderNo: "A1" }], order: null });
  });

  it.each([
    ["staff of a reader department read in full, and the read is audited", staff("customs"), ["张三丰", "李四"], 2],
    ["staff of a department the record is only shared with read it masked", staff("logistics"), ["张**", "李*"], 0],
    ["analysts read it masked", analyst, ["张**", "李*"], 0],
    ["administrators read it masked", admin, ["张**", "李*"], 0],
    ["the enterprise party to the record reads it masked", enterprise(SELLER), ["张**"], 0],
  ] as const)("personal fields: %s", async (_, identity, names, reads) => {
    const { data, audit } = await ask(identity, `{ orders { buyerName } }`);
    expect((data.orders as Array<{ buyerName: string }>).map((order) => order.buyerName)).toEqual(names);
    expect(audit).toHaveLength(reads);
  });

  it("audits who read which field of which record", async () => {
    const { audit } = await ask(staff("customs"), `{ order { buyerName } }`);
    expect(audit).toEqual([
      {
        subject: "staff-customs",
        role: "staff",
        department: "customs",
        requestId: "r1",
        operation: "Test",
        entityType: "Order",
        recordKey: JSON.stringify([STRANGER, "B1"]),
        field: "buyerName",
        onBehalfOf: null,
      },
    ]);
  });

  it("filters entity references as well", async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { orderNo } } }`;
    const representations = [
      { __typename: "Order", ...orders[0] },
      { __typename: "Order", ...orders[1] },
    ];
    const result = await graphql({
      schema,
      source: query,
      variableValues: { r: representations },
      contextValue: { identity: enterprise(PLATFORM), operation: null, audit: [] },
    });
    expect(result.data).toEqual({ _entities: [{ orderNo: "A1" }, null] });
  });
});

describe("statistics: zone-wide figures and the records an enterprise counts", () => {
  it.each([
    ["staff of any department", staff("credit"), true],
    ["analysts", analyst, true],
    ["administrators", admin, true],
    ["enterprises", enterprise(SELLER), false],
    ["partners", partner(SELLER), false],
  ] as const)("%s read zone-wide figures: %s", (_, identity, zone) => {
    expect(readsZoneFigures(identity)).toBe(zone);
  });

  it("counts for an enterprise the records naming it in the party columns its type's @access declares", () => {
    const params = new SqlParams();
    const condition = partyCondition(enterprise(SELLER), { department: "customs", type: "InventoryDeclaration", alias: "t" }, params);
    const columns = declaredPolicy("customs", "InventoryDeclaration").parties;
    expect(columns).toEqual(expect.arrayContaining(["ebpUscc", "ebcUscc", "agentUscc", "logisticsUscc", "assureUscc"]));
    expect(condition).toBe(`(${columns.map((column) => `t."${column}" = ANY($1)`).join(" OR ")})`);
    expect(params.values).toEqual([[SELLER]]);
  });

  it("puts no condition on zone readers, nor on public types", () => {
    expect(partyCondition(staff("ciq"), { department: "customs", type: "InventoryDeclaration", alias: "t" }, new SqlParams())).toBeNull();
    expect(partyCondition(enterprise(SELLER), { department: "credit", type: "Enterprise", alias: "e" }, new SqlParams())).toBeNull();
  });

  it("refuses a type without an @access policy, instead of counting everything", () => {
    expect(() => partyCondition(enterprise(SELLER), { department: "customs", type: "NoSuchType", alias: "t" }, new SqlParams())).toThrow(/no @access policy/);
  });
});
