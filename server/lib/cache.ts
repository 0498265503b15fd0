// Cache-aside on Redis for hot catalog reads. TTLs get ±20 % jitter so keys written together
// do not expire together; on a miss one caller per key recomputes (a short Redis lock) while
// the others wait briefly for its result, so a popular key never stampedes the database.
// Without Redis, or while it fails, every call simply computes: correctness never depends on it.
import "server-only";
import { randomUUID } from "node:crypto";
import superjson from "superjson";
import { redis } from "../redis";
import { throttledLog } from "./throttled-log";

const LOCK_MS = 5_000;
const WAIT_STEP_MS = 25;
const MAX_WAIT_MS = 1_000;
const RELEASE_OWN_LOCK = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

export function jitteredTtlSeconds(ttlSeconds: number, random = Math.random()): number {
  return Math.max(1, Math.round(ttlSeconds * (0.8 + 0.4 * random)));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const logUnavailable = throttledLog("warn", "cache unavailable; reading from the database");

// Redis failures turn into "no answer" here; they never fail the read.
async function safely<T>(operation: () => Promise<T>, fallback: T, key: string): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    logUnavailable({ err: error, key });
    return fallback;
  }
}

async function read<T>(key: string): Promise<{ value: T } | null> {
  const raw = await safely(async () => (await redis?.get(key)) ?? null, null, key);
  return raw ? { value: superjson.parse<T>(raw) } : null;
}

export async function cached<T>(key: string, ttlSeconds: number, compute: () => Promise<T>): Promise<T> {
  if (!redis) return compute();
  const client = redis;
  const hit = await read<T>(key);
  if (hit) return hit.value;

  const token = randomUUID();
  const lockKey = `${key}:lock`;
  const locked = await safely(async () => (await client.set(lockKey, token, "PX", LOCK_MS, "NX")) === "OK", true, key);
  if (!locked) {
    for (let waited = 0; waited < MAX_WAIT_MS; waited += WAIT_STEP_MS) {
      await sleep(WAIT_STEP_MS);
      const filled = await read<T>(key);
      if (filled) return filled.value;
    }
    return compute();
  }
  try {
    const value = await compute();
    await safely(() => client.set(key, superjson.stringify(value), "EX", jitteredTtlSeconds(ttlSeconds)), null, key);
    return value;
  } finally {
    await safely(() => client.eval(RELEASE_OWN_LOCK, 1, lockKey, token), null, key);
  }
}

export async function invalidate(...keys: string[]): Promise<void> {
  if (!redis || keys.length === 0) return;
  const client = redis;
  await safely(() => client.del(...keys), 0, keys.join(","));
}
