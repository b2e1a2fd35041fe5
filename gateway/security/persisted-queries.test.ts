import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { ROLES } from "../../lib/auth/identity";
import type { HttpRejection } from "../../lib/http";
import { identityOf as identity, rejectionOfSync } from "../../test/helpers/rejections";
import { applySafelist, operationId, parseManifest, redisQueryCache, type ManifestOperation } from "./persisted-queries";

const RUN = randomUUID().slice(0, 8);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("with Redis", () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis("redis://127.0.0.1:6379", { lazyConnect: false, maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    await redis.quit();
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
    expectRefusal(
      rejectionOfSync(() => applySafelist(partner, operations, "POST", { query: '{ order(id: "1") { id } }' }, "")),
      "QUERY_NOT_IN_SAFELIST",
    );
  });

  it("refuses a partner's query body even alongside a registered id", () => {
    const body = { query: "{ __typename }", extensions: persisted(orderId) };
    expectRefusal(
      rejectionOfSync(() => applySafelist(partner, operations, "POST", body, "")),
      "QUERY_NOT_IN_SAFELIST",
    );
  });

  it("refuses a partner's query in a GET query string", () => {
    const search = `?${new URLSearchParams({ query: orderBody, extensions: JSON.stringify(persisted(orderId)) })}`;
    expectRefusal(
      rejectionOfSync(() => applySafelist(partner, operations, "GET", "", search)),
      "QUERY_NOT_IN_SAFELIST",
    );
  });

  it.each([
    ["POST, empty body", "POST", {}, ""],
    ["POST, no persistedQuery", "POST", { extensions: {} }, ""],
    ["POST, non-JSON body", "POST", "raw text", ""],
    ["GET, nothing", "GET", "", ""],
    ["GET, extensions not JSON", "GET", "", "?extensions=%7Bnot-json"],
  ])("asks a partner for an operation id (%s)", (_case, method, body, search) => {
    expectRefusal(
      rejectionOfSync(() => applySafelist(partner, operations, method, body, search)),
      "PERSISTED_QUERY_ID_REQUIRED",
    );
  });

  it("refuses an id that is not in the manifest", () => {
    const unknown = operationId("query Other { __typename }");
    expectRefusal(
      rejectionOfSync(() => applySafelist(partner, operations, "POST", { extensions: persisted(unknown) }, "")),
      "PERSISTED_QUERY_NOT_IN_LIST",
    );
    const search = `?extensions=${encodeURIComponent(JSON.stringify(persisted(unknown)))}`;
    expectRefusal(
      rejectionOfSync(() => applySafelist(partner, operations, "GET", "", search)),
      "PERSISTED_QUERY_NOT_IN_LIST",
    );
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
    for (const role of ROLES.filter((r) => r !== "partner" && r !== "public")) {
      const caller = identity(`user-${RUN}`, role);
      expect(applySafelist(caller, operations, "POST", { query: "{ __typename }" }, "")).toEqual({});
      expect(applySafelist(caller, operations, "POST", { extensions: persisted(operationId("query X { __typename }")) }, "")).toEqual({});
      expect(applySafelist(caller, operations, "GET", "", "?query=%7B__typename%7D")).toEqual({});
    }
  });
});
