import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { ROLES, type Role } from "../../lib/auth/identity";
import { HttpRejection } from "../../lib/http";
import { identityOf, rejectionOf } from "../../test/helpers/rejections";
import { createRateLimiter, type RateLimit } from "./rate-limit";

const RUN = randomUUID().slice(0, 8);
const SMALL: Record<Role, RateLimit> = Object.fromEntries(ROLES.map((role) => [role, { perSecond: 2, burst: 1 }])) as Record<Role, RateLimit>;

const identity = identityOf;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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
});
