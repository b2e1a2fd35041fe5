import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { CONTEXT_HEADER, contextKey, signContext } from "../lib/trust/subgraph-context";
import { buildManifest } from "../gateway/supergraph/manifest-source";
import { operationId } from "../gateway/security/persisted-queries";
import type { Identity } from "../lib/auth/identity";
import { buildWorld } from "../demo/world";
import { startTestSystem, withoutRequestId, type Credentials, type GraphQLResponse, type TestSystem } from "./helpers/system";

const world = buildWorld();
let system: TestSystem;
let countsBefore: Record<string, number>;

async function post(body: unknown, credentials: Credentials, extraHeaders: Record<string, string> = {}) {
  const response = await fetch(system.gatewayUrl, {
    method: "POST",
    headers: { ...system.headers(credentials), ...extraHeaders },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const json = (text: string) => JSON.parse(text) as GraphQLResponse<any>;
const token = (claims: Parameters<TestSystem["security"]["token"]>[0]) => system.security.token(claims);

beforeAll(async () => {
  system = await startTestSystem("security", {
    rateLimits: {
      partner: { perSecond: 1000, burst: 1000 },
      enterprise: { perSecond: 1000, burst: 1000 },
      staff: { perSecond: 1000, burst: 1000 },
      analyst: { perSecond: 3, burst: 2 },
      admin: { perSecond: 1000, burst: 1000 },
      public: { perSecond: 1000, burst: 1000 },
    },
  });
  countsBefore = await system.rowCounts();
});

afterAll(async () => {
  await system?.stop();
});

const ORDER = world.customs.orders[0]!;
const ORDER_QUERY = `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo buyerIdNumber buyerName } }`;

describe("callers the gateway does not know", () => {
  it("refuses a request without credentials, and says how to sign in", async () => {
    const { status, text, headers } = await post({ query: "{ orders { nodes { orderNo } } }" }, "anonymous");
    expect(status).toBe(401);
    expect(headers.get("www-authenticate")).toBe('Bearer realm="tradegraph"');
    expect(json(text)).toEqual({
      errors: [{ message: expect.stringMatching(/bearer token|API key/), extensions: { code: "UNAUTHENTICATED", reason: "CREDENTIAL_MISSING" } }],
      extensions: { requestId: headers.get("x-request-id") },
    });
  });

  it.each([
    [
      "signed with another secret",
      () =>
        new SignJWT({ role: "admin" })
          .setProtectedHeader({ alg: "HS256" })
          .setSubject("x")
          .setIssuer("tradegraph")
          .setAudience("tradegraph-gateway")
          .setExpirationTime("1h")
          .sign(new TextEncoder().encode("not-the-gateway-secret-not-the-gateway")),
    ],
    [
      "expired",
      () =>
        new SignJWT({ role: "admin" })
          .setProtectedHeader({ alg: "HS256" })
          .setSubject("x")
          .setIssuer("tradegraph")
          .setAudience("tradegraph-gateway")
          .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
          .sign(new TextEncoder().encode(system.security.auth.secret!)),
    ],
    [
      "for another audience",
      () =>
        new SignJWT({ role: "admin" })
          .setProtectedHeader({ alg: "HS256" })
          .setSubject("x")
          .setIssuer("tradegraph")
          .setAudience("some-other-api")
          .setExpirationTime("1h")
          .sign(new TextEncoder().encode(system.security.auth.secret!)),
    ],
    [
      "with alg none",
      async () => {
        const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
        return `${encode({ alg: "none", typ: "JWT" })}.${encode({ sub: "x", role: "admin", iss: "tradegraph", aud: "tradegraph-gateway", exp: Math.floor(Date.now() / 1000) + 600 })}.`;
      },
    ],
  ])("refuses a token %s, revealing nothing", async (_, make) => {
    const { status, text } = await post({ query: ORDER_QUERY, variables: { e: ORDER.ebpCode, o: ORDER.orderNo } }, { token: await make() });
    expect(status).toBe(401);
    expect(text).not.toContain(ORDER.orderNo);
    expect(json(text).errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an unknown API key", async () => {
    const { status } = await post(
      { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
      { apiKey: "tgk_0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
    );
    expect(status).toBe(401);
  });
});

describe("partner platforms", () => {
  const manifest = buildManifest();
  const partnerOrders = manifest.operations.find((operation) => operation.name === "PartnerOrders")!;
  const partner = (): Credentials => ({ apiKey: system.security.partnerKey });

  it("run a registered operation by id and see only their own enterprise's orders", async () => {
    const { status, text } = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: partnerOrders.id } }, variables: { first: 100 } }, partner());
    expect(status).toBe(200);
    const nodes = json(text).data!.orders.nodes as Array<{ ebpCode: string; orderNo: string }>;
    const own = world.customs.orders.filter((o) => [o.ebpCode, o.ebcCode, o.payCode].includes(system.partnerUscc));
    expect(nodes.length).toBe(Math.min(100, own.length));
    for (const node of nodes) expect(node.ebpCode).toBe(system.partnerUscc);
  });

  it("run a registered operation by GET as well", async () => {
    const params = new URLSearchParams({
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: partnerOrders.id } }),
      variables: JSON.stringify({ first: 2 }),
    });
    const response = await fetch(`${system.gatewayUrl}?${params}`, {
      headers: { "x-api-key": system.security.partnerKey, "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as GraphQLResponse<any>).data!.orders.nodes).toHaveLength(2);
  });

  it.each([
    ["a free-form query", { query: "{ orders { nodes { orderNo } } }" }, "QUERY_NOT_IN_SAFELIST"],
    [
      "a query body with a registered id (registering through APQ)",
      {
        query: "{ orders { nodes { orderNo buyerName } } }",
        extensions: { persistedQuery: { version: 1, sha256Hash: operationId("{ orders { nodes { orderNo buyerName } } }") } },
      },
      "QUERY_NOT_IN_SAFELIST",
    ],
    ["an unknown id", { extensions: { persistedQuery: { version: 1, sha256Hash: "f".repeat(64) } } }, "PERSISTED_QUERY_NOT_IN_LIST"],
    ["no id", { variables: { first: 1 } }, "PERSISTED_QUERY_ID_REQUIRED"],
  ])("are refused %s with the Router's code", async (_, body, code) => {
    const { status, text } = await post(body, partner());
    expect(status).toBe(400);
    expect(json(text)).toEqual({ errors: [{ message: expect.any(String), extensions: { code } }], extensions: { requestId: expect.any(String) } });
  });

  it("get null for another enterprise's order asked for by key", async () => {
    const partnerOrder = manifest.operations.find((operation) => operation.name === "PartnerOrder")!;
    const other = world.customs.orders.find((o) => ![o.ebpCode, o.ebcCode, o.payCode].includes(system.partnerUscc))!;
    const { text } = await post(
      { extensions: { persistedQuery: { version: 1, sha256Hash: partnerOrder.id } }, variables: { ebpCode: other.ebpCode, orderNo: other.orderNo } },
      partner(),
    );
    expect(withoutRequestId(json(text))).toEqual({ data: { order: null } });
  });
});

describe("first-party clients' automatic persisted queries", () => {
  it("register a query by hash and run it by hash afterwards", async () => {
    const query = `{ enterprises(first: 1) { nodes { uscc } } }`;
    const hash = operationId(query);
    const staff = { token: await token({ sub: "apq-officer", role: "staff", department: "credit" }) };
    const unknown = json((await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, staff)).text);
    expect(unknown.errors![0]!.extensions!.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(json((await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, staff)).text).data).toBeTruthy();
    expect(json((await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, staff)).text).data!.enterprises.nodes).toHaveLength(1);
  });

  it("refuse a query whose hash does not match", async () => {
    const staff = { token: await token({ sub: "apq-officer", role: "staff", department: "credit" }) };
    const { status } = await post(
      { query: "{ enterprises(first: 1) { nodes { uscc } } }", extensions: { persistedQuery: { version: 1, sha256Hash: "a".repeat(64) } } },
      staff,
    );
    expect(status).toBe(400);
  });
});

describe("row-level authorization in the subgraphs", () => {
  it("shows an enterprise user only its own orders, in lists and by key", async () => {
    const uscc = world.customs.orders[5]!.ebcCode;
    const user = { token: await token({ sub: "shop-user", role: "enterprise", uscc }) };
    const mine = world.customs.orders.filter((o) => [o.ebpCode, o.ebcCode, o.payCode].includes(uscc));
    const { data } = await system.query(`{ orders(first: 100) { nodes { orderNo ebpCode ebcCode payCode } } }`, {}, user);
    expect(data!.orders.nodes.map((o: { orderNo: string }) => o.orderNo).sort()).toEqual(mine.map((o) => o.orderNo).sort());
    const other = world.customs.orders.find((o) => ![o.ebpCode, o.ebcCode, o.payCode].includes(uscc))!;
    const response = await system.query(ORDER_QUERY, { e: other.ebpCode, o: other.orderNo }, user);
    expect(response).toEqual({ data: { order: null } });
  });

  it("applies the same rules to records reached through another department's entity", async () => {
    const released = world.customs.declarations.find((d) => d.returnStatus === 800 && d.ebpCode === system.partnerUscc)!;
    const platform = { token: await token({ sub: "platform-viewer", role: "enterprise", uscc: system.partnerUscc }) };
    const { data, errors } = await system.query(
      // status is logistics' own field: only the key (logisticsNo) would be answered by customs, which names it on the platform's list.
      `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo payment { payTransactionId } waybill { logisticsNo status } } }`,
      { e: released.ebpCode, o: released.orderNo },
      platform,
    );
    expect(errors).toBeUndefined();
    // The platform is a party to the payment (ebpCode) but not to the carrier's waybill.
    expect(data!.order).toEqual({ orderNo: released.orderNo, payment: { payTransactionId: expect.any(String) }, waybill: null });
  });

  it("shows staff the departments' data shared with them, and nothing else", async () => {
    const ciq = { token: await system.security.staffToken("ciq") };
    const payment = world.finance.payments[0]!;
    const { data } = await system.query(
      `query($c: String!, $t: String!) { payments(first: 5) { nodes { payTransactionId } } payment(payCode: $c, payTransactionId: $t) { amountPaid } orders(first: 1) { nodes { orderNo } } }`,
      { c: payment.payCode, t: payment.payTransactionId },
      ciq,
    );
    expect(data).toEqual({ payments: { nodes: [] }, payment: null, orders: { nodes: [expect.objectContaining({ orderNo: expect.any(String) })] } });
  });

  it("refuses a subgraph request that does not come through the gateway", async () => {
    const response = await fetch(system.services.customs.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-user-role": "admin" },
      body: JSON.stringify({ query: "{ orders { nodes { orderNo buyerIdNumber } } }" }),
    });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain(ORDER.orderNo);
  });

  describe("a forged or replayed gateway context", () => {
    const identity = (): Identity => ({ subject: "forger", role: "admin", usccs: [], requestId: randomUUID() });
    const body = JSON.stringify({ query: "{ orders(first: 1) { nodes { orderNo } } }" });
    const send = (url: string, header: string, sent = body) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json", [CONTEXT_HEADER]: header }, body: sent });

    it("is refused when signed with another secret", async () => {
      const forged = await signContext(contextKey("x".repeat(40)), { identity: identity(), operation: null }, "customs", body);
      expect((await send(system.services.customs.url, forged)).status).toBe(401);
    });

    it("is accepted once, then refused when replayed", async () => {
      const signed = await signContext(contextKey(system.security.contextSecret), { identity: identity(), operation: null }, "customs", body);
      expect((await send(system.services.customs.url, signed)).status).toBe(200);
      expect((await send(system.services.customs.url, signed)).status).toBe(401);
    });

    it("is refused for another subgraph or another body", async () => {
      const key = contextKey(system.security.contextSecret);
      const forCustoms = await signContext(key, { identity: identity(), operation: null }, "customs", body);
      expect((await send(system.services.finance.url, forCustoms)).status).toBe(401);
      const other = await signContext(key, { identity: identity(), operation: null }, "customs", body);
      expect((await send(system.services.customs.url, other, JSON.stringify({ query: "{ orders(first: 100) { nodes { buyerIdNumber } } }" }))).status).toBe(
        401,
      );
    });
  });
});

describe("personal data", () => {
  it("is masked for analysts, enterprise users and other departments' staff, and those reads are not audited", async () => {
    for (const credentials of [
      { token: await token({ sub: "analyst-1", role: "analyst" }) },
      { token: await token({ sub: "platform-user", role: "enterprise", uscc: ORDER.ebpCode }) },
      { token: await system.security.staffToken("finance") },
    ]) {
      const { data } = await system.query(ORDER_QUERY, { e: ORDER.ebpCode, o: ORDER.orderNo }, credentials);
      expect(data!.order.buyerIdNumber).toBe(`${ORDER.buyerIdNumber.slice(0, 4)}**********${ORDER.buyerIdNumber.slice(-4)}`);
      expect(JSON.stringify(data)).not.toContain(ORDER.buyerName);
    }
    const audit = await system.query(`{ customsPersonalDataReads(first: 100) { nodes { subject } } }`);
    expect(audit.data!.customsPersonalDataReads.nodes.map((n: { subject: string }) => n.subject)).not.toEqual(expect.arrayContaining(["analyst-1"]));
  });

  it("is shown in full to customs staff, and every full read is on the audit log", async () => {
    const officer = { token: await token({ sub: "officer-li", role: "staff", department: "customs" }) };
    const response = await fetch(system.gatewayUrl, {
      method: "POST",
      headers: system.headers(officer),
      body: JSON.stringify({
        query: `query CheckBuyer($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { buyerIdNumber buyerName } }`,
        variables: { e: ORDER.ebpCode, o: ORDER.orderNo },
        operationName: "CheckBuyer",
      }),
    });
    const { data } = (await response.json()) as GraphQLResponse<any>;
    expect(data!.order).toEqual({ buyerIdNumber: ORDER.buyerIdNumber, buyerName: ORDER.buyerName });

    const audit = await system.query(
      `{ customsPersonalDataReads(first: 10, filter: { subject: "officer-li" }) { nodes { subject role department operation entityType recordKey field } } }`,
    );
    expect(audit.data!.customsPersonalDataReads.nodes).toEqual(
      expect.arrayContaining(
        ["buyerIdNumber", "buyerName"].map((field) => ({
          subject: "officer-li",
          role: "staff",
          department: "customs",
          operation: "CheckBuyer",
          entityType: "Order",
          recordKey: JSON.stringify([ORDER.ebpCode, ORDER.orderNo]),
          field,
        })),
      ),
    );
  });

  it("has an audit log only administrators read, and nobody rewrites", async () => {
    const { errors } = await system.query(`{ customsPersonalDataReads { nodes { subject } } }`, {}, { token: await system.security.staffToken("customs") });
    expect(errors![0]!.extensions!.code).toBe("FORBIDDEN");
    await expect(system.databases.customs.sql.exec(`UPDATE "PersonalDataRead" SET subject = 'nobody'`)).rejects.toThrow(/append-only/);
    await expect(system.databases.customs.sql.exec(`DELETE FROM "PersonalDataRead"`)).rejects.toThrow(/append-only/);
  });
});

describe("operation limits", () => {
  const analyst = async () => ({ token: await token({ sub: `limits-${randomUUID()}`, role: "analyst" }) });

  it.each([
    [
      "deep nesting",
      `{ ${'order(ebpCode: "x", orderNo: "y") { declaration { order { declaration { order { declaration { order { declaration { order { declaration { order { orderNo } } } } } } } } } } }'} }`,
      /depth/,
    ],
    ["an alias bomb", `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: enterprises(first: 1) { nodes { uscc } }`).join(" ")} }`, /aliases/],
    ["a huge list", `{ enterprises(first: 100) { nodes { creditEvents(last: 50) { id kind enterprise { creditEvents(last: 50) { id } } } } } }`, /cost/],
    [
      "many root fields",
      `{ ${Array.from({ length: 12 }, (_, i) => `e${i}: enterprise(uscc: "91460100MA5T00002P") { name }`).join(" ")} }`,
      /root fields|aliases/,
    ],
  ])("refuses %s, saying which limit", async (_, query, limit) => {
    const { status, text } = await post({ query }, await analyst());
    expect(status).toBe(400);
    const error = json(text).errors![0]!;
    expect(error.extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(error.message).toMatch(limit);
  });

  it("refuses a document of too many tokens", async () => {
    const { status, text } = await post({ query: `{ ${"__typename ".repeat(5000)} }` }, await analyst());
    expect(status).toBe(400);
    expect(text).toMatch(/tokens/);
  });

  it("refuses several operations in one request", async () => {
    const { status } = await post([{ query: "{ __typename }" }, { query: "{ __typename }" }], await analyst());
    expect(status).toBe(400);
  });

  it("keeps CSRF prevention on for GET requests without a preflight header", async () => {
    const response = await fetch(`${system.gatewayUrl}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { authorization: `Bearer ${system.adminToken}` },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it("hides field suggestions from non-staff", async () => {
    const query = `{ enterprises { nodes { usc } } }`;
    const forAnalyst = json((await post({ query }, await analyst())).text);
    expect(forAnalyst.errors![0]!.message).not.toMatch(/Did you mean/);
    const forStaff = json((await post({ query }, { token: await system.security.staffToken("credit") })).text);
    expect(forStaff.errors![0]!.message).toMatch(/Did you mean "uscc"/);
  });

  it("treats injection-looking filter values as plain data", async () => {
    const bad = await system.query(`{ orders(filter: { enterprise: "' OR 1=1 --" }) { nodes { orderNo } } }`);
    expect(bad.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    const none = await system.query(ORDER_QUERY, { e: ORDER.ebpCode, o: "x' OR '1'='1" });
    expect(none).toEqual({ data: { order: null } });
  });

  it("limits each identity's request rate with 429 and Retry-After", async () => {
    const credentials = await analyst();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i++) {
      const { status, headers } = await post({ query: "{ __typename }" }, credentials);
      statuses.push(status);
      if (status === 429) retryAfter = headers.get("retry-after");
    }
    expect(statuses).toContain(200);
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    const other = await post({ query: "{ __typename }" }, await analyst());
    expect(other.status).toBe(200);
  });
});

describe("after every attack", () => {
  it("left every department's data as it was", async () => {
    expect(await system.rowCounts()).toEqual(countsBefore);
  });
});
