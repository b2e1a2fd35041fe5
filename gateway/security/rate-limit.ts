import type { Redis } from "ioredis";
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { Identity, Role } from "../../lib/auth/identity";
import { HttpRejection } from "../../lib/http";

/**
 * Requests per identity: a sustained rate per second plus a burst allowance drawn down over ten seconds
 * (the library's equivalent of a token bucket). Counters live in Redis when the gateway has replicas.
 */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export const BURST_WINDOW_SECONDS = 10;

export const DEFAULT_RATE_LIMITS: Record<Role, RateLimit> = {
  partner: { perSecond: 20, burst: 100 },
  enterprise: { perSecond: 10, burst: 50 },
  staff: { perSecond: 20, burst: 100 },
  analyst: { perSecond: 5, burst: 30 },
  admin: { perSecond: 20, burst: 100 },
  public: { perSecond: 2, burst: 20 },
};

export function createRateLimiter(options: { redis?: Redis; limits?: Record<Role, RateLimit> }): (identity: Identity) => Promise<void> {
  const limits = options.limits ?? DEFAULT_RATE_LIMITS;
  const make = (points: number, duration: number, keyPrefix: string) =>
    options.redis ? new RateLimiterRedis({ storeClient: options.redis, points, duration, keyPrefix }) : new RateLimiterMemory({ points, duration, keyPrefix });
  const limiters = new Map(
    Object.entries(limits).map(([role, limit]) => [
      role,
      new BurstyRateLimiter(make(limit.perSecond, 1, `tradegraph:rate:${role}`), make(limit.burst, BURST_WINDOW_SECONDS, `tradegraph:burst:${role}`)),
    ]),
  );
  return async (identity) => {
    try {
      await limiters.get(identity.role)!.consume(identity.subject);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new HttpRejection(429, "RATE_LIMITED", `too many requests; retry in ${seconds} s`, { "retry-after": String(seconds) });
    }
  };
}
