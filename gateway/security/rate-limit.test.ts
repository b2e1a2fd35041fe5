import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { ROLES, type Identity, type Role } from "../../lib/auth/identity";
import { HttpRejection } from "../../lib/http";
import { applySafelist, operationId, parseManifest, redisQueryCache, type ManifestOperation } from "./persisted-queries";
import { createRateLimiter, type RateLimit } from "./rate-limit";

const USCC = "91460100MA5T00002P";
const RUN = randomUUID().slice(0, 8);
const SMALL: Record<Role, RateLimit> = Object.fromEntries(ROLES.map((role) => [role, { perSecond: 2, burst: 1 }])) as Record<Role, RateLimit>;

const identity = (subject: string, role: Role = "analyst"): Identity =>
  role === "partner" || role === "enterprise"
    ? { subject, role, usccs: [USCC], requestId: randomUUID() }
    : role === "staff"
      ? { subject, role, department: "customs", usccs: [], requestId: randomUUID() }
      : { subject, role, usccs: [], requestId: randomUUID() };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The rejection a call ends with, or a failure if it succeeds. */
async function rejectionOf(attempt: Promise<unknown>): Promise<HttpRejection> {
  const error: unknown = await attempt.then(
    () => new Error("expected a rejection, the call succeeded"),
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(HttpRejection);
  return error as HttpRejection;
}

function rejectionOfSync(call: () => unknown): HttpRejection {
  let thrown: unknown = new Error("expected a rejection, the call succeeded");
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(HttpRejection);
  return thrown as HttpRejection;
}

function expectRateLimited(rejection: HttpRejection) {
  expect(rejection.status).toBe(429);
  expect(rejection.code).toBe("RATE_LIMITED");
  const retryAfter = rejection.headers["retry-after"];
  expect(retryAfter).toMatch(/^\d+$/);
  expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(retryAfter)).toBeLessThanOrEqual(10);
  expect(rejection.message).toContain(`retry in ${retryAfter} s`);
}

describe("createRateLimiter in memory", () => {
  it("allows the per-second rate plus the burst, then refuses with 429 and retry-after", async () => {
    const limit = createRateLimiter({ limits: SMALL });
    const caller = identity(`mem-${RUN}-a`);
    for (let i = 0; i < 3; i++) await limit(caller);
    expectRateLimited(await rejectionOf(limit(caller)));
    expectRateLimited(await rejectionOf(limit(caller)));
  });

  it("leaves other callers unaffected", async () => {
    const limit = createRateLimiter({ limits: SMALL });
    const busy = identity(`mem-${RUN}-busy`);
    for (let i = 0; i < 3; i++) await limit(busy);
    await rejectionOf(limit(busy));
    const other = identity(`mem-${RUN}-other`);
    for (let i = 0; i < 3; i++) await expect(limit(other)).resolves.toBeUndefined();
    // The same subject under another role is another caller too.
    await expect(limit(identity(busy.subject, "admin"))).resolves.toBeUndefined();
  });

  it("refills the per-second rate after a second, but not the burst, which is drawn over ten seconds", async () => {
    const limit = createRateLimiter({ limits: SMALL });
    const caller = identity(`mem-${RUN}-refill`);
    for (let i = 0; i < 3; i++) await limit(caller);
    await rejectionOf(limit(caller));
    await sleep(1_100);
    await limit(caller);
    await limit(caller);
    expectRateLimited(await rejectionOf(limit(caller)));
  });

  it("applies each role's own limits", async () => {
    const limits: Record<Role, RateLimit> = { ...SMALL, admin: { perSecond: 10, burst: 0 } };
    const limit = createRateLimiter({ limits });
    const admin = identity(`mem-${RUN}-admin`, "admin");
    for (let i = 0; i < 10; i++) await limit(admin);
    expectRateLimited(await rejectionOf(limit(admin)));
  });
});

describe("with Redis", () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis("redis://127.0.0.1:6379", { lazyConnect: false, maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    const keys = await redis.keys(`tradegraph:*${RUN}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  describe("createRateLimiter", () => {
    it("shares one caller's count between two gateway replicas", async () => {
      const replicaA = createRateLimiter({ redis, limits: SMALL });
      const replicaB = createRateLimiter({ redis, limits: SMALL });
      const caller = identity(`redis-${RUN}-shared`, "partner");
      await replicaA(caller);
      await replicaB(caller);
      await replicaA(caller); // the burst
      expectRateLimited(await rejectionOf(replicaB(caller)));
      expectRateLimited(await rejectionOf(replicaA(caller)));
      expect(await redis.exists(`tradegraph:rate:partner:${caller.subject}`)).toBe(1);
    });

    it("keeps callers apart in Redis", async () => {
      const replicaA = createRateLimiter({ redis, limits: SMALL });
      const replicaB = createRateLimiter({ redis, limits: SMALL });
      const busy = identity(`redis-${RUN}-busy`);
      for (let i = 0; i < 3; i++) await replicaA(busy);
      await rejectionOf(replicaB(busy));
      const other = identity(`redis-${RUN}-other`);
      for (let i = 0; i < 3; i++) await expect(replicaB(other)).resolves.toBeUndefined();
    });
  });

  describe("redisQueryCache", () => {
    const prefix = `test:apq:${RUN}:`;
    afterAll(async () => {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
    });

    it("stores, reads and deletes a query under its prefix", async () => {
      const cache = redisQueryCache(redis, prefix);
      await cache.set("hash-1", "{ a }");
      expect(await cache.get("hash-1")).toBe("{ a }");
      expect(await redis.get(`${prefix}hash-1`)).toBe("{ a }");
      expect(await redis.ttl(`${prefix}hash-1`)).toBe(-1);
      await cache.delete("hash-1");
      expect(await cache.get("hash-1")).toBeUndefined();
    });

    it("answers undefined (not null) for a missing key", async () => {
      const cache = redisQueryCache(redis, prefix);
      expect(await cache.get(`missing-${randomUUID()}`)).toBeUndefined();
    });

    it("lets an entry expire after its ttl", async () => {
      const cache = redisQueryCache(redis, prefix);
      await cache.set("short", "{ b }", { ttl: 1 });
      expect(await cache.get("short")).toBe("{ b }");
      const ttl = await redis.ttl(`${prefix}short`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(1);
      await sleep(1_200);
      expect(await cache.get("short")).toBeUndefined();
    });

    it("shares entries between replicas through the default prefix", async () => {
      const key = `shared-${RUN}`;
      const replicaA = redisQueryCache(redis);
      const replicaB = redisQueryCache(redis);
      await replicaA.set(key, "{ c }", { ttl: 60 });
      expect(await replicaB.get(key)).toBe("{ c }");
      expect(await redis.get(`tradegraph:apq:${key}`)).toBe("{ c }");
      await replicaB.delete(key);
      expect(await replicaA.get(key)).toBeUndefined();
    });
  });
});

describe("parseManifest", () => {
  const body = "query OrderById($id: ID!) { order(id: $id) { id } }";
  const manifest = (operations: unknown[]) => JSON.stringify({ format: "apollo-persisted-query-manifest", version: 1, operations });

  it("accepts operations whose id is the sha256 of their body", () => {
    const id = operationId(body);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    const operations = parseManifest(manifest([{ id, name: "OrderById", type: "query", body }]));
    expect([...operations.keys()]).toEqual([id]);
    expect(operations.get(id)).toEqual({ id, name: "OrderById", type: "query", body });
  });

  it("rejects an operation whose id is not the sha256 of its body", () => {
    const id = operationId(`${body} `);
    expect(() => parseManifest(manifest([{ id, name: "OrderById", type: "query", body }]))).toThrow(/OrderById.*sha256/);
  });

  it("rejects a manifest in another format", () => {
    const text = JSON.stringify({ format: "something-else", version: 1, operations: [] });
    expect(() => parseManifest(text)).toThrow();
  });
});

describe("applySafelist", () => {
  const orderBody = "query OrderById($id: ID!) { order(id: $id) { id } }";
  const ordersBody = "query RecentOrders { orders(first: 5) { nodes { id } } }";
  const operations = new Map<string, ManifestOperation>(
    [
      { name: "OrderById", body: orderBody },
      { name: "RecentOrders", body: ordersBody },
    ].map(({ name, body }) => [operationId(body), { id: operationId(body), name, type: "query", body }]),
  );
  const orderId = operationId(orderBody);
  const partner = identity(`partner-${RUN}`, "partner");
  const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

  const expectRefusal = (rejection: HttpRejection, code: string) => {
    expect(rejection.status).toBe(400);
    expect(rejection.code).toBe(code);
  };

  it("refuses a partner's query body", () => {
    expectRefusal(rejectionOfSync(() => applySafelist(partner, operations, "POST", { query: "{ order(id: \"1\") { id } }" }, "")), "QUERY_NOT_IN_SAFELIST");
  });

  it("refuses a partner's query body even alongside a registered id", () => {
    const body = { query: "{ __typename }", extensions: persisted(orderId) };
    expectRefusal(rejectionOfSync(() => applySafelist(partner, operations, "POST", body, "")), "QUERY_NOT_IN_SAFELIST");
  });

  it("refuses a partner's query in a GET query string", () => {
    const search = `?${new URLSearchParams({ query: orderBody, extensions: JSON.stringify(persisted(orderId)) })}`;
    expectRefusal(rejectionOfSync(() => applySafelist(partner, operations, "GET", "", search)), "QUERY_NOT_IN_SAFELIST");
  });

  it.each([
    ["POST, empty body", "POST", {}, ""],
    ["POST, no persistedQuery", "POST", { extensions: {} }, ""],
    ["POST, non-JSON body", "POST", "raw text", ""],
    ["GET, nothing", "GET", "", ""],
    ["GET, extensions not JSON", "GET", "", "?extensions=%7Bnot-json"],
  ])("asks a partner for an operation id (%s)", (_case, method, body, search) => {
    expectRefusal(rejectionOfSync(() => applySafelist(partner, operations, method, body, search)), "PERSISTED_QUERY_ID_REQUIRED");
  });

  it("refuses an id that is not in the manifest", () => {
    const unknown = operationId("query Other { __typename }");
    expectRefusal(rejectionOfSync(() => applySafelist(partner, operations, "POST", { extensions: persisted(unknown) }, "")), "PERSISTED_QUERY_NOT_IN_LIST");
    const search = `?extensions=${encodeURIComponent(JSON.stringify(persisted(unknown)))}`;
    expectRefusal(rejectionOfSync(() => applySafelist(partner, operations, "GET", "", search)), "PERSISTED_QUERY_NOT_IN_LIST");
  });

  it("replaces a POST by id with the registered operation, keeping the variables", () => {
    const variables = { id: "42" };
    const result = applySafelist(partner, operations, "POST", { operationName: "Whatever", variables, extensions: persisted(orderId) }, "");
    expect(result).toEqual({ body: { query: orderBody, operationName: "OrderById", variables } });
  });

  it("replaces a GET by id with the registered operation, keeping the variables and dropping the extensions", () => {
    const variables = JSON.stringify({ id: "42" });
    const search = `?extensions=${encodeURIComponent(JSON.stringify(persisted(orderId)))}&variables=${encodeURIComponent(variables)}`;
    const result = applySafelist(partner, operations, "GET", "", search);
    expect(Object.keys(result)).toEqual(["search"]);
    expect(result.search).toMatch(/^\?/);
    const params = new URLSearchParams(result.search);
    expect(params.get("query")).toBe(orderBody);
    expect(params.get("operationName")).toBe("OrderById");
    expect(params.get("variables")).toBe(variables);
    expect(params.has("extensions")).toBe(false);
  });

  it("picks the operation the id names", () => {
    const result = applySafelist(partner, operations, "POST", { extensions: persisted(operationId(ordersBody)) }, "");
    expect(result).toEqual({ body: { query: ordersBody, operationName: "RecentOrders", variables: undefined } });
  });

  it("passes every other caller's request unchanged", () => {
    for (const role of ROLES.filter((r) => r !== "partner")) {
      const caller = identity(`user-${RUN}`, role);
      expect(applySafelist(caller, operations, "POST", { query: "{ __typename }" }, "")).toEqual({});
      expect(applySafelist(caller, operations, "POST", { extensions: persisted(operationId("query X { __typename }")) }, "")).toEqual({});
      expect(applySafelist(caller, operations, "GET", "", "?query=%7B__typename%7D")).toEqual({});
    }
  });
});
