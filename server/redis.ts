// One ioredis client per process, or null when REDIS_URL is unset. It fails fast: commands
// are not queued while disconnected, so a Redis outage degrades features instead of hanging requests.
import "server-only";
import { Redis } from "ioredis";
import { env } from "./env";
import { SHUTDOWN_STAGE, onShutdown } from "./lib/lifecycle";
import { logger } from "./lib/logger";

function createRedis(url: string): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  client.on("error", (error) => logger.warn({ err: error }, "redis error"));
  onShutdown("redis", SHUTDOWN_STAGE.redis, async () => void (await client.quit()));
  return client;
}

const globalForRedis = globalThis as unknown as { shopfrontRedis?: Redis | null };

export const redis: Redis | null = globalForRedis.shopfrontRedis ?? (env.REDIS_URL ? createRedis(env.REDIS_URL) : null);
globalForRedis.shopfrontRedis = redis;
