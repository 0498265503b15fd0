// Rate limits on rate-limiter-flexible: Redis when configured (shared by every instance),
// an in-process store otherwise, behind one interface. What happens when Redis is down is
// decided per rule (docs/decisions/016): `fallback-memory` keeps limiting per instance,
// `fail-closed` refuses the action.
import "server-only";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { DomainError } from "./errors";
import { throttledLog } from "./throttled-log";

export type RateLimitRule = {
  name: string;
  points: number;
  durationSeconds: number;
  whenStoreDown: "fallback-memory" | "fail-closed";
};

export type RateLimiter = {
  // Counts a hit and returns the hits so far in the window; throws RATE_LIMITED (with
  // retryAfterSeconds) once the rule is exceeded.
  consume(key: string, points?: number): Promise<number>;
  // Hits so far in the current window (0 when none or when the store is down).
  hits(key: string): Promise<number>;
  // Refuses the key for `seconds` from now.
  block(key: string, seconds: number): Promise<void>;
  // Throws RATE_LIMITED if the key is currently over its limit or blocked, without counting a hit.
  assertNotLimited(key: string): Promise<void>;
  reset(key: string): Promise<void>;
};

const logStoreUnavailable = throttledLog("error", "rate limit store unavailable; refusing (fail-closed)");

function retryAfter(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

function limitedError(rule: RateLimitRule, res: RateLimiterRes): DomainError {
  return new DomainError("RATE_LIMITED", "Too many attempts. Try again later.", {
    retryAfterSeconds: retryAfter(res),
    rule: rule.name,
  });
}

export function createRateLimiter(rule: RateLimitRule, redis: Redis | null): RateLimiter {
  const options = { keyPrefix: `rl:${rule.name}`, points: rule.points, duration: rule.durationSeconds };
  const memory = new RateLimiterMemory(options);
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({
        ...options,
        storeClient: redis,
        rejectIfRedisNotReady: true,
        ...(rule.whenStoreDown === "fallback-memory" ? { insuranceLimiter: memory } : {}),
      })
    : memory;

  async function run<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof RateLimiterRes) throw limitedError(rule, error);
      logStoreUnavailable({ err: error, rule: rule.name });
      throw new DomainError("SERVICE_UNAVAILABLE", "This action is temporarily unavailable. Try again shortly.");
    }
  }

  return {
    consume: (key, points = 1) => run(async () => (await limiter.consume(key, points)).consumedPoints),
    hits: async (key) => {
      const res = await limiter.get(key).catch(() => null);
      return res?.consumedPoints ?? 0;
    },
    block: (key, seconds) => run(async () => void (await limiter.block(key, seconds))),
    assertNotLimited: (key) =>
      run(async () => {
        const res = await limiter.get(key);
        if (res && res.consumedPoints > rule.points) throw res;
      }),
    reset: (key) => run(async () => void (await limiter.delete(key))),
  };
}
