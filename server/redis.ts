// One ioredis client per process, or null when REDIS_URL is unset. It fails fast: commands
// are not queued while disconnected, so a Redis outage degrades features instead of hanging
// requests, and a circuit breaker stops waiting on a Redis that hangs (lib/redis-breaker.ts).
import "server-only";
import { Redis } from "ioredis";
import { env } from "./env";
import { SHUTDOWN_STAGE, onShutdown } from "./lib/lifecycle";
import { logger } from "./lib/logger";
import { installBreaker } from "./lib/redis-breaker";
import { throttledLog } from "./lib/throttled-log";

// Called when Redis is back after trouble: whatever it missed meanwhile (a cache
// invalidation, say) can be made good. Registered by the features that need it.
const recoveryListeners: Array<() => Promise<void>> = [];
export function onRedisRecovered(listener: () => Promise<void>): void {
  recoveryListeners.push(listener);
}

function createRedis(url: string): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  const logError = throttledLog("warn", "redis error");
  client.on("error", (error) => logError({ err: error }));
  installBreaker(
    client,
    { timeoutsToOpen: 3 },
    {
      opened: () => logger.warn("redis circuit open: commands fail fast until it answers again"),
      recovered: () => {
        logger.info("redis available again");
        for (const listener of recoveryListeners)
          void listener().catch((error: unknown) => logger.warn({ err: error }, "redis recovery step failed"));
      },
    },
  );
  onShutdown("redis", SHUTDOWN_STAGE.redis, async () => void (await client.quit()));
  return client;
}

const globalForRedis = globalThis as unknown as { shopfrontRedis?: Redis | null };

export const redis: Redis | null = globalForRedis.shopfrontRedis ?? (env.REDIS_URL ? createRedis(env.REDIS_URL) : null);
globalForRedis.shopfrontRedis = redis;
