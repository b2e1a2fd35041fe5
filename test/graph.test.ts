import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEPARTMENTS } from "../lib/departments";
import { ROOT } from "../lib/paths";
import { buildManifest } from "../gateway/supergraph/manifest-source";
import { startGateway, type GatewayOptions } from "../gateway/gateway";
import { buildWorld, MISMATCH } from "../demo/world";
import { residentIdProblem } from "../lib/rules/resident-id";
import { usccProblem } from "../lib/rules/uscc";
import { usePostgres } from "./helpers/databases";
import { startTestSystem, withoutRequestId, type GraphQLResponse, type TestSystem } from "./helpers/system";

const world = buildWorld();
let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem("graph");
});

afterAll(async () => {
  await system?.stop();
});

const ORDER_ACROSS_DEPARTMENTS = `
  query Order($ebpCode: String!, $orderNo: String!) {
    order(ebpCode: $ebpCode, orderNo: $orderNo) {
      orderNo acturalPaid goodsValue buyerIdNumber buyerName
      lines { gnum totalPrice }
      platform { uscc name creditProfile { creditClass } }
      payment { payTransactionId amountPaid payerIdNumber }
      waybill { logisticsNo status tracking { status occurredAt } carrier { name } }
      declaration { copNo invtNo returnStatus inspection { result } lines { gcode productFiling { filingNo goodsName } } }
    }
  }`;

describe("one order through the gateway", () => {
  const released = world.customs.declarations.find((d) => d.returnStatus === 800)!;
  const order = world.customs.orders.find((o) => o.orderNo === released.orderNo && o.ebpCode === released.ebpCode)!;

  it("joins customs, finance, logistics, CIQ and credit data for one order", async () => {
    const { data, errors } = await system.query(ORDER_ACROSS_DEPARTMENTS, { ebpCode: order.ebpCode, orderNo: order.orderNo });
    expect(errors).toBeUndefined();
    const result = data!.order;
    const payment = world.finance.payments.find((p) => p.orderNo === order.orderNo)!;
    const platform = world.credit.enterprises.find((e) => e.uscc === order.ebpCode)!;
    const profile = world.credit.creditProfiles.find((p) => p.uscc === order.ebpCode)!;
    expect(result.orderNo).toBe(order.orderNo);
    expect(result.acturalPaid).toBe(String(Number(order.acturalPaid)));
    expect(result.platform).toEqual({ uscc: platform.uscc, name: platform.name, creditProfile: { creditClass: profile.creditClass } });
    expect(result.payment.payTransactionId).toBe(payment.payTransactionId);
    expect(result.payment.amountPaid).toBe(result.acturalPaid);
    expect(result.waybill.logisticsNo).toBe(released.logisticsNo);
    expect(result.waybill.tracking.map((e: { status: string }) => e.status)).toEqual(expect.arrayContaining(["DECLARED", "ARRIVED", "RELEASED"]));
    expect(result.declaration.copNo).toBe(released.copNo);
    expect(result.declaration.returnStatus).toBe(800);
    expect(result.declaration.lines[0].productFiling.goodsName).toBeTruthy();
  });

  it("never shows personal data in full", async () => {
    const { data } = await system.query(ORDER_ACROSS_DEPARTMENTS, { ebpCode: order.ebpCode, orderNo: order.orderNo });
    const body = JSON.stringify(data);
    expect(body).not.toContain(order.buyerIdNumber);
    expect(body).not.toContain(order.buyerName);
    expect(data!.order.buyerIdNumber).toBe(`${order.buyerIdNumber.slice(0, 4)}**********${order.buyerIdNumber.slice(-4)}`);
  });

  it("keeps money exact: the lines add up to the goods value", async () => {
    const { data } = await system.query(ORDER_ACROSS_DEPARTMENTS, { ebpCode: order.ebpCode, orderNo: order.orderNo });
    const cents = (value: string) => Math.round(Number(value) * 100);
    const sum = data!.order.lines.reduce((total: number, line: { totalPrice: string }) => total + cents(line.totalPrice), 0);
    expect(sum).toBe(cents(data!.order.goodsValue));
  });
});

describe("batching", () => {
  const LIST = `
    query Orders($first: Int!) {
      orders(first: $first) {
        nodes {
          orderNo
          lines { gnum }
          payment { amountPaid }
          waybill { status tracking { status } }
          declaration { returnStatus inspection { result } }
          platform { name creditProfile { creditClass } onNegativeList }
          ecommerceEnterprise { name creditProfile { creditClass } }
        }
      }
    }`;

  it("costs the same SQL statements per department for 1 order and for 100", async () => {
    let one: unknown;
    let hundred: unknown;
    const forOne = await system.countStatements(async () => (one = await system.query(LIST, { first: 1 })));
    const forHundred = await system.countStatements(async () => (hundred = await system.query(LIST, { first: 100 })));
    expect((one as { errors?: unknown }).errors).toBeUndefined();
    expect((hundred as { data: { orders: { nodes: unknown[] } } }).data.orders.nodes).toHaveLength(100);
    expect(forHundred).toEqual(forOne);
    for (const department of DEPARTMENTS) expect(forHundred[department]).toBeGreaterThan(0);
  });
});

describe("lists and filters", () => {
  it("pages through every order exactly once, newest first", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let last = "9999";
    for (;;) {
      const { data, errors }: GraphQLResponse<any> = await system.query(
        `query($after: String) { orders(first: 100, after: $after) { nodes { orderNo appTime } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      for (const node of data!.orders.nodes) {
        expect(node.appTime <= last).toBe(true);
        last = node.appTime;
        seen.push(node.orderNo);
      }
      if (!data!.orders.pageInfo.hasNextPage) break;
      after = data!.orders.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(world.customs.orders.map((o) => o.orderNo).sort());
  });

  it("filters lists by status, enterprise and date range", async () => {
    const rejected = world.customs.declarations.filter((d) => d.returnStatus === 100);
    const { data } = await system.query(`{ declarations(first: 100, filter: { returnStatus: 100 }) { nodes { copNo returnInfo } } }`);
    expect(data!.declarations.nodes.map((d: { copNo: string }) => d.copNo).sort()).toEqual(rejected.map((d) => d.copNo).sort());

    const platform = world.customs.orders[0]!.ebpCode;
    // China days, [from, to): from midnight on 1 January in China (16:00 UTC the day before) up to midnight on 1 April.
    const from = "2026-01-01";
    const to = "2026-04-01";
    const expected = world.customs.orders.filter(
      (o) =>
        (o.ebpCode === platform || o.ebcCode === platform) && o.appTime >= new Date("2025-12-31T16:00:00Z") && o.appTime < new Date("2026-03-31T16:00:00Z"),
    );
    const filtered = await system.query(`query($f: OrderFilter) { orders(first: 100, filter: $f) { nodes { orderNo ebpCode appTime } } }`, {
      f: { enterprise: platform, from, to },
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(filtered.data!.orders.nodes.map((o: { orderNo: string }) => o.orderNo).sort()).toEqual(expected.map((o) => o.orderNo).sort());
  });

  it("lists the negative list with the listed enterprises' credit", async () => {
    const { data } = await system.query(`{ negativeList { nodes { active enterprise { uscc creditProfile { creditClass } onNegativeList } } } }`);
    const active = world.credit.negativeList.filter((entry) => entry.removedAt === null);
    expect(data!.negativeList.nodes).toHaveLength(active.length);
    for (const entry of data!.negativeList.nodes) {
      expect(entry.active).toBe(true);
      expect(entry.enterprise.onNegativeList).toBe(true);
      expect(entry.enterprise.creditProfile.creditClass).toBe("DISHONEST");
    }
  });
});

describe("demo data", () => {
  it("has valid check digits on every USCC and resident ID", () => {
    for (const enterprise of world.credit.enterprises) expect(usccProblem(enterprise.uscc)).toBeNull();
    for (const order of world.customs.orders) expect(residentIdProblem(order.buyerIdNumber)).toBeNull();
  });

  it("holds the documented share of mismatching payments, as the graph shows them", async () => {
    const wrongAmount = world.customs.orders.filter((_, i) => i % MISMATCH.period === MISMATCH.wrongAmount);
    const mismatched: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data }: GraphQLResponse<any> = await system.query(
        `query($after: String) { orders(first: 100, after: $after) { nodes { orderNo acturalPaid payment { amountPaid } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      for (const node of data!.orders.nodes) if (node.payment.amountPaid !== node.acturalPaid) mismatched.push(node.orderNo);
      if (!data!.orders.pageInfo.hasNextPage) break;
      after = data!.orders.pageInfo.endCursor;
    }
    expect(mismatched.sort()).toEqual(wrongAmount.map((o) => o.orderNo).sort());
  });
});

describe("seeded tax bills", () => {
  it("add up to the tax of the released lists, list by list", async () => {
    const pages = async <T>(query: string, pick: (data: any) => { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string } }) => {
      const all: T[] = [];
      let after: string | null = null;
      for (;;) {
        const { data }: GraphQLResponse<any> = await system.query(query, { after });
        const page = pick(data);
        all.push(...page.nodes);
        if (!page.pageInfo.hasNextPage) return all;
        after = page.pageInfo.endCursor;
      }
    };
    const lists = await pages<{ taxTotal: string }>(
      `query($after: String) { declarations(first: 100, after: $after, filter: { returnStatus: 800 }) { nodes { taxTotal } pageInfo { hasNextPage endCursor } } }`,
      (data) => data.declarations,
    );
    const bills = await pages<{ total: string; listCount: number }>(
      `query($after: String) { taxBills(first: 100, after: $after) { nodes { total listCount } pageInfo { hasNextPage endCursor } } }`,
      (data) => data.taxBills,
    );
    const cents = (values: string[]) => values.reduce((sum, value) => sum + Math.round(Number(value) * 100), 0);
    expect(lists.length).toBeGreaterThan(0);
    expect(bills.reduce((sum, bill) => sum + bill.listCount, 0)).toBe(lists.length);
    expect(cents(bills.map((bill) => bill.total))).toBe(cents(lists.map((list) => list.taxTotal)));
  });
});

describe("bad input", () => {
  it("answers unknown keys with null, not an error", async () => {
    const { data, errors } = await system.query(
      `{ order(ebpCode: "91460100MA5T00002P", orderNo: "NO-SUCH-ORDER") { orderNo } enterprise(uscc: "91460100MA5T12345C") { name } waybill(logisticsCode: "91460100MA5T00002P", logisticsNo: "X1") { status } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ order: null, enterprise: null, waybill: null });
  });

  it("answers enterprisesByCode in the order of its codes, by USCC or customs code, null for a code no enterprise has", async () => {
    const [first, second] = world.credit.enterprises;
    const { data, errors } = await system.query(`query($codes: [String!]!) { enterprisesByCode(codes: $codes) { uscc } }`, {
      codes: [second!.uscc, "91460100MA5T12345C", first!.customsCode],
    });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ enterprisesByCode: [{ uscc: second!.uscc }, null, { uscc: first!.uscc }] });
  });

  it.each([
    [`{ enterprise(uscc: "91460100MA5T00002Q") { name } }`, "uscc", /check character/],
    [`{ enterprisesByCode(codes: ["91460100MA5T12345C", "91460100MA5T00002Q"]) { name } }`, "codes[1]", /check character/],
    [`{ enterprisesByCode(codes: []) { name } }`, "codes", /1 to 100/],
    [`{ order(ebpCode: "4601", orderNo: "X") { orderNo } }`, "ebpCode", /10-character customs code or an 18-character USCC/],
    [`{ orders(first: -1) { nodes { orderNo } } }`, "first", /whole number/],
    [`{ orders(first: 1000) { nodes { orderNo } } }`, "first", /at most 100/],
    [`{ orders(after: "bm90IGEgY3Vyc29y") { nodes { orderNo } } }`, "after", /not a cursor/],
    [`{ payments(filter: { from: "2026-02-01", to: "2026-01-01" }) { nodes { orderNo } } }`, "filter.to", /later than/],
    [`{ productFilings(filter: { hsPrefix: "19a" }) { nodes { filingNo } } }`, "filter.hsPrefix", /digits/],
  ])("rejects %s naming %s", async (query, field, message) => {
    const { data, errors } = await system.query(query);
    expect(Object.values(data ?? {}).every((value) => value === null)).toBe(true);
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(errors![0]!.message).toMatch(message);
  });

  it("answers a body that is not JSON with a GraphQL error, not a stack trace", async () => {
    const response = await fetch(system.gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: "request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }],
      extensions: { requestId: response.headers.get("x-request-id") },
    });
  });

  it("refuses a body over 1 MiB without reading it all", async () => {
    const body = JSON.stringify({ query: `{ orders { nodes { orderNo } } }`, padding: "x".repeat(1_100_000) });
    const response = await fetch(system.gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(response.status).toBe(413);
    expect(((await response.json()) as GraphQLResponse).errors![0]!.extensions!.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("rejects a malformed scalar before any resolver runs", async () => {
    const counts = await system.countStatements(async () => {
      const { errors } = await system.query(`{ orders(filter: { from: "yesterday" }) { nodes { orderNo } } }`);
      expect(errors).toHaveLength(1);
      expect(errors![0]!.message).toMatch(/Date must be a calendar date YYYY-MM-DD/);
      expect(errors![0]!.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", serviceName: "customs" });
      expect(JSON.stringify(errors)).not.toMatch(/127\.0\.0\.1/);
    });
    expect(Object.values(counts).every((count) => count === 0)).toBe(true);
  });
});

describe("the gateway command", () => {
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");

  async function freePort(): Promise<number> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    return port;
  }

  it("serves the supergraph file and port it is given, reaching subgraphs through SUBGRAPH_URL_*", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tradegraph-"));
    const supergraph = path.join(dir, "any-name.graphql");
    copyFileSync(path.join(ROOT, "supergraph.graphql"), supergraph);
    const port = await freePort();
    const urls = Object.fromEntries(DEPARTMENTS.map((d) => [`SUBGRAPH_URL_${d.toUpperCase()}`, system.services[d].url]));
    const child = spawn(tsx, [path.join(ROOT, "gateway", "main.ts"), "--supergraph", supergraph, "--port", String(port)], {
      env: { ...process.env, ...urls, TRADEGRAPH_CONTEXT_SECRET: system.security.contextSecret, JWT_SECRET: system.security.auth.secret },
      stdio: "ignore",
    });
    try {
      const order = world.customs.orders[0]!;
      const body = JSON.stringify({ query: `{ order(ebpCode: "${order.ebpCode}", orderNo: "${order.orderNo}") { orderNo payment { payTransactionId } } }` });
      let answer: GraphQLResponse<any> | undefined;
      for (let attempt = 0; attempt < 100 && !answer; attempt++) {
        answer = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", headers: system.headers({ token: system.adminToken }), body })
          .then((response) => response.json() as Promise<GraphQLResponse<any>>)
          .catch(() => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 200)));
      }
      expect(answer?.data?.order).toEqual({ orderNo: order.orderNo, payment: { payTransactionId: order.payTransactionId } });
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("refuses to start without a readable supergraph, saying which file", async () => {
    const child = spawn(tsx, [path.join(ROOT, "gateway", "main.ts"), "--supergraph", "/nonexistent/supergraph.graphql", "--port", "0"], {
      env: { ...process.env, TRADEGRAPH_CONTEXT_SECRET: system.security.contextSecret, JWT_SECRET: system.security.auth.secret },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/\/nonexistent\/supergraph\.graphql/);
  });
});

describe("health and readiness", () => {
  it("answers /health and /ready on the gateway and every subgraph, without credentials", async () => {
    for (const url of [system.gatewayUrl, ...DEPARTMENTS.map((d) => system.services[d].url)]) {
      expect(await (await fetch(new URL("/health", url))).json()).toEqual({ status: "alive" });
      const ready = await fetch(new URL("/ready", url));
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as { status: string }).status).toBe("ready");
    }
    const gateway = (await (await fetch(new URL("/ready", system.gatewayUrl))).json()) as { checks: Record<string, string> };
    expect(gateway.checks).toEqual({ supergraph: "ok", ...Object.fromEntries(DEPARTMENTS.map((d) => [d, "ok"])) });
  });
});

describe("the supergraph file", () => {
  it("is taken again when it changes, and a file that does not load leaves the last good graph serving", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "tradegraph-")), "supergraph.graphql");
    const original = readFileSync(path.join(ROOT, "supergraph.graphql"), "utf8");
    copyFileSync(path.join(ROOT, "supergraph.graphql"), file);
    const gateway = await startGateway({
      supergraphFile: file,
      subgraphUrls: Object.fromEntries(DEPARTMENTS.map((d) => [d, system.services[d].url])),
      port: 0,
      auth: system.security.auth,
      contextSecret: system.security.contextSecret,
      manifestFile: path.join(ROOT, "gateway", "persisted-queries.json"),
      introspection: true,
    });
    const description = async () => {
      const response = await fetch(gateway.url, {
        method: "POST",
        headers: system.headers({ token: system.adminToken }),
        body: JSON.stringify({ query: `{ __type(name: "Order") { description } orders(first: 1) { nodes { orderNo } } }` }),
      });
      const { data } = (await response.json()) as GraphQLResponse<any>;
      expect(data!.orders.nodes).toHaveLength(1);
      return data!.__type.description as string;
    };
    const eventually = async (expected: RegExp) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        if (expected.test(await description())) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await description()).toMatch(expected);
    };
    try {
      expect(await description()).toMatch(/^CEB311 import order/);
      writeFileSync(file, "this is not a supergraph");
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await description()).toMatch(/^CEB311 import order/);
      writeFileSync(file, original.replace("CEB311 import order as filed by the e-commerce platform.", "Reloaded: CEB311 import order."));
      await eventually(/^Reloaded: CEB311 import order/);
    } finally {
      await gateway.stop();
    }
  });
});

describe("metrics", () => {
  it("counts requests per operation and role, and times each subgraph fetch, at /metrics", async () => {
    const gatewayMetrics = async () => (await fetch(new URL("/metrics", system.gatewayUrl))).text();
    const count = (metrics: string, series: string) =>
      Number(
        metrics
          .split("\n")
          .find((line) => line.startsWith(`${series} `))
          ?.split(" ")[1] ?? 0,
      );
    const before = await gatewayMetrics();
    for (let request = 0; request < 2; request++) {
      const response = await fetch(system.gatewayUrl, {
        method: "POST",
        headers: system.headers({ token: system.adminToken }),
        body: JSON.stringify({ query: `query MetricsProbe { orders(first: 1) { nodes { payment { amountPaid } } } }`, operationName: "MetricsProbe" }),
      });
      expect(response.status).toBe(200);
    }
    const partnerOrders = buildManifest().operations.find((operation) => operation.name === "PartnerOrders")!;
    for (const id of [partnerOrders.id, "0".repeat(64)]) {
      await fetch(system.gatewayUrl, {
        method: "POST",
        headers: system.headers({ apiKey: system.security.partnerKey }),
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: id } }, variables: { first: 1 } }),
      });
    }
    const metrics = await gatewayMetrics();
    expect(metrics).toContain('tradegraph_gateway_requests_total{operation="MetricsProbe",role="admin",outcome="ok"} 2');
    expect(metrics).toMatch(/tradegraph_gateway_request_duration_seconds_count\{operation="MetricsProbe"\} 2/);
    // The probe was planned once and its plan taken from the cache the second time.
    const plans = (outcome: string) =>
      count(metrics, `tradegraph_gateway_query_plan_cache_total{outcome="${outcome}"}`) -
      count(before, `tradegraph_gateway_query_plan_cache_total{outcome="${outcome}"}`);
    expect(plans("miss")).toBeGreaterThanOrEqual(1);
    expect(plans("hit")).toBeGreaterThanOrEqual(1);
    for (const outcome of ["hit", "miss"])
      expect(count(metrics, `tradegraph_gateway_persisted_query_lookups_total{kind="safelist",outcome="${outcome}"}`)).toBeGreaterThanOrEqual(1);
    for (const department of DEPARTMENTS) expect(metrics).toContain(`tradegraph_gateway_circuit_state{subgraph="${department}"} 0`);
    for (const subgraph of ["customs", "finance"]) {
      expect(metrics).toMatch(new RegExp(`tradegraph_gateway_subgraph_fetch_duration_seconds_count\\{subgraph="${subgraph}",outcome="ok"\\} [1-9]`));
    }
    const finance = await (await fetch(new URL("/metrics", system.services.finance.url))).text();
    expect(finance).toMatch(/tradegraph_subgraph_requests_total\{outcome="ok",service="finance"\} [1-9]/);
    if (usePostgres) expect(finance).toMatch(/tradegraph_subgraph_db_pool_connections\{state="total",service="finance"\} [1-9]/);
  });
});

/**
 * A stand-in for the finance service at an address of its own, and gateways that reach finance through
 * it. Each request is read whole, then `handle` decides: "drop" closes the connection, a number of
 * milliseconds is waited before the request is passed on to the real finance service.
 */
async function financeStandIn(handle: (request: number) => "drop" | number) {
  const finance = new URL(system.services.finance.url);
  let requests = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const action = handle(++requests);
      if (action === "drop") return req.socket.destroy();
      setTimeout(() => {
        const forward = http.request({ host: finance.hostname, port: finance.port, path: "/", method: "POST", headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        forward.on("error", () => res.destroy());
        forward.end(Buffer.concat(chunks));
      }, action);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    get requests() {
      return requests;
    },
    gateway: (overrides: Partial<GatewayOptions> = {}) =>
      startGateway({
        supergraphSdl: readFileSync(path.join(ROOT, "supergraph.graphql"), "utf8"),
        subgraphUrls: {
          ...Object.fromEntries(DEPARTMENTS.map((d) => [d, system.services[d].url])),
          finance: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/`,
        },
        port: 0,
        auth: system.security.auth,
        contextSecret: system.security.contextSecret,
        manifestFile: path.join(ROOT, "gateway", "persisted-queries.json"),
        introspection: true,
        ...overrides,
      }),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const askAsAdmin = (url: string, query: string) =>
  fetch(url, { method: "POST", headers: system.headers({ token: system.adminToken }), body: JSON.stringify({ query }) }).then(async (response) =>
    withoutRequestId((await response.json()) as GraphQLResponse<any>),
  );

describe("a department that fails once", () => {
  it("is asked again, signed afresh, and the answer is whole", async () => {
    const standIn = await financeStandIn((request) => (request === 1 ? "drop" : 0));
    const gateway = await standIn.gateway();
    try {
      const { data, errors } = await askAsAdmin(gateway.url, `{ orders(first: 2) { nodes { payment { amountPaid } } } }`);
      expect(errors).toBeUndefined();
      for (const node of data!.orders.nodes) expect(node.payment.amountPaid).toEqual(expect.any(String));
      expect(standIn.requests).toBe(2);
    } finally {
      await gateway.stop();
      await standIn.close();
    }
  });
});

describe("identical reads under way together", () => {
  it("are fetched from the department once and answered to each caller", async () => {
    // Slow enough that the second caller's fetch finds the first still under way.
    const standIn = await financeStandIn(() => 300);
    const gateway = await standIn.gateway();
    try {
      const query = `{ orders(first: 3) { nodes { orderNo payment { amountPaid } } } }`;
      const [first, second] = await Promise.all([askAsAdmin(gateway.url, query), askAsAdmin(gateway.url, query)]);
      expect(first.errors).toBeUndefined();
      expect(second).toEqual(first);
      expect(first.data!.orders.nodes[0].payment.amountPaid).toEqual(expect.any(String));
      expect(standIn.requests).toBe(1);
    } finally {
      await gateway.stop();
      await standIn.close();
    }
  });
});

describe("entity fetches of requests under way together", () => {
  it("reach the department as one fetch, and each request gets exactly its own entities", async () => {
    const standIn = await financeStandIn(() => 0);
    const gateway = await standIn.gateway();
    try {
      const orders = world.customs.orders.slice(0, 6);
      const query = `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo payment { payTransactionId amountPaid } } }`;
      const ask = (order: (typeof orders)[number]) =>
        fetch(gateway.url, {
          method: "POST",
          headers: system.headers({ token: system.adminToken }),
          body: JSON.stringify({ query, variables: { e: order.ebpCode, o: order.orderNo } }),
        }).then(async (response) => withoutRequestId((await response.json()) as GraphQLResponse<any>));
      const alone = [];
      for (const order of orders) alone.push(await ask(order));
      expect(standIn.requests).toBe(orders.length);
      // Fetches join a batch when they are made in the same turn of the event loop, which a busy machine
      // may spread out: every burst must answer right, and at least one of a few must have been batched.
      let fewest = Infinity;
      for (let burst = 0; burst < 5 && fewest >= orders.length; burst++) {
        const before = standIn.requests;
        const together = await Promise.all(orders.map(ask));
        expect(together).toEqual(alone);
        for (const [index, answer] of together.entries()) {
          expect(answer.errors).toBeUndefined();
          expect(answer.data!.order.orderNo).toBe(orders[index]!.orderNo);
          expect(answer.data!.order.payment.payTransactionId).toBe(orders[index]!.payTransactionId);
        }
        fewest = Math.min(fewest, standIn.requests - before);
      }
      expect(fewest).toBeLessThan(orders.length);
    } finally {
      await gateway.stop();
      await standIn.close();
    }
  });
});

describe("a department that is slow", () => {
  it("costs the others at most the subgraph timeout: its fields are null, with SUBGRAPH_TIMEOUT naming it", async () => {
    // A finance service that answers, but only after two seconds.
    const standIn = await financeStandIn(() => 2_000);
    const gateway = await standIn.gateway({ subgraphTimeoutMs: 300 });
    try {
      const { data, errors } = await askAsAdmin(gateway.url, `{ orders(first: 2) { nodes { orderNo payment { amountPaid } platform { name } } } }`);
      expect(data!.orders.nodes).toHaveLength(2);
      for (const node of data!.orders.nodes) {
        expect(node.payment).toBeNull();
        expect(node.platform.name).toBeTruthy();
      }
      expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "SUBGRAPH_TIMEOUT", serviceName: "finance" }) })]);
    } finally {
      await gateway.stop();
    }
    // Stopping drains: a request under way when the gateway is told to stop still gets its full answer.
    const patient = await standIn.gateway();
    try {
      const underWay = askAsAdmin(patient.url, `{ orders(first: 1) { nodes { payment { amountPaid } } } }`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await patient.stop();
      const answer = await underWay;
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.orders.nodes[0].payment.amountPaid).toEqual(expect.any(String));
    } finally {
      await standIn.close();
    }
  });
});

describe("a request's deadline", () => {
  it("bounds all its subgraph fetches together: what is late is null, with SUBGRAPH_TIMEOUT saying the deadline passed", async () => {
    const standIn = await financeStandIn(() => 2_000);
    // The department's own timeout would wait 5 s; the request as a whole may take 400 ms.
    const gateway = await standIn.gateway({ subgraphTimeoutMs: 5_000, requestDeadlineMs: 400 });
    try {
      const began = Date.now();
      const { data, errors } = await askAsAdmin(gateway.url, `{ orders(first: 2) { nodes { orderNo payment { amountPaid } platform { name } } } }`);
      expect(Date.now() - began).toBeLessThan(1_500);
      for (const node of data!.orders.nodes) {
        expect(node.payment).toBeNull();
        expect(node.platform.name).toBeTruthy();
      }
      expect(errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/deadline passed before the finance service answered/),
          extensions: expect.objectContaining({ code: "SUBGRAPH_TIMEOUT", serviceName: "finance", reason: "REQUEST_DEADLINE" }),
        }),
      ]);
      // A passed deadline is no fault of the department: no retry was sent.
      expect(standIn.requests).toBe(1);
    } finally {
      await gateway.stop();
      await standIn.close();
    }
  });
});

describe("a department that is down", () => {
  afterAll(async () => {
    await system.stop();
    system = undefined as unknown as TestSystem;
  });

  it("still serves the other departments' data, with an error naming the missing one", async () => {
    await system.stopService("finance");
    const { data, errors } = await system.query(`{ orders(first: 3) { nodes { orderNo payment { amountPaid } platform { name } } } }`);
    expect(data!.orders.nodes).toHaveLength(3);
    for (const node of data!.orders.nodes) {
      expect(node.payment).toBeNull();
      expect(node.platform.name).toBeTruthy();
    }
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "finance" });
    expect(errors![0]!.message).toMatch(/finance service is unavailable/);
    expect(JSON.stringify(errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });

  it("makes the gateway not ready, naming the department", async () => {
    const ready = await fetch(new URL("/ready", system.gatewayUrl));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      status: "not ready",
      checks: expect.objectContaining({ finance: "the finance service is not ready", customs: "ok" }),
    });
  });
});
