// One contract, two stores: the Redis limiter and the in-process one behave the same; and
// with Redis down each rule does what it declares (fallback to memory, or fail closed).
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { redis } from "../redis";
import { DomainError } from "./errors";
import { createRateLimiter, type RateLimitRule } from "./rate-limit";

const rule = (name: string, whenStoreDown: RateLimitRule["whenStoreDown"] = "fallback-memory"): RateLimitRule => ({
  name: `${name}-${Math.random().toString(36).slice(2)}`,
  points: 3,
  durationSeconds: 60,
  whenStoreDown,
});

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof DomainError ? { code: error.code, details: error.details } : error;
}

const stores = [
  ["redis", () => redis],
  ["memory", () => null],
] as const;

describe.each(stores)("rate limiter on %s", (_label, store) => {
  it("allows `points` hits per window, then refuses with a retry-after", async () => {
    const limiter = createRateLimiter(rule("contract"), store());
    expect(await limiter.consume("k")).toBe(1);
    await limiter.consume("k");
    await limiter.consume("k");
    const refused = await codeOf(limiter.consume("k"));
    expect(refused).toMatchObject({ code: "RATE_LIMITED" });
    const retryAfter = (refused as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it("keeps keys apart", async () => {
    const limiter = createRateLimiter(rule("keys"), store());
    for (let hit = 0; hit < 3; hit++) await limiter.consume("a");
    await expect(limiter.consume("b")).resolves.toBe(1);
  });

  it("blocks a key for a while, checkable without counting a hit", async () => {
    const limiter = createRateLimiter(rule("block"), store());
    await expect(limiter.assertNotLimited("x")).resolves.toBeUndefined();
    await limiter.block("x", 30);
    expect(await codeOf(limiter.assertNotLimited("x"))).toMatchObject({ code: "RATE_LIMITED" });
    await limiter.reset("x");
    await expect(limiter.assertNotLimited("x")).resolves.toBeUndefined();
  });
});

describe("with Redis down", () => {
  const dead = new Redis("redis://127.0.0.1:9", {
    enableOfflineQueue: false,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  dead.on("error", () => undefined);
  afterAll(() => dead.disconnect());

  it("a fail-closed rule refuses the action with SERVICE_UNAVAILABLE", async () => {
    const limiter = createRateLimiter(rule("closed", "fail-closed"), dead);
    expect(await codeOf(limiter.consume("k"))).toMatchObject({ code: "SERVICE_UNAVAILABLE" });
  });

  it("a fallback rule keeps limiting in memory", async () => {
    const limiter = createRateLimiter(rule("fallback"), dead);
    for (let hit = 0; hit < 3; hit++) await limiter.consume("k");
    expect(await codeOf(limiter.consume("k"))).toMatchObject({ code: "RATE_LIMITED" });
  });
});
