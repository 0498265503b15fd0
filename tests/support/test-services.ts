// Ports and URLs of the throwaway PostgreSQL and Redis the integration suite starts. Fixed
// listening ports stay outside Linux's ephemeral range (32768-60999), where an outgoing
// connection may already hold them.
export const TEST_POSTGRES_PORT = Number(process.env.TEST_POSTGRES_PORT ?? 25339);
export const TEST_REDIS_PORT = Number(process.env.TEST_REDIS_PORT ?? 63799);
export const TEST_S3_PORT = Number(process.env.TEST_S3_PORT ?? 63797);
export const TEMPLATE_DATABASE = "shopfront_template";

export function testDatabaseUrl(database: string): string {
  return `postgresql://shopfront:shopfront@127.0.0.1:${TEST_POSTGRES_PORT}/${database}`;
}

export const testRedisUrl = (dbIndex: number) => `redis://127.0.0.1:${TEST_REDIS_PORT}/${dbIndex}`;

// Databases 1–15 are handed out to worker processes in turn (db 0 holds the counter and the
// pid → slot map), so two workers never flush each other's data.
export async function redisSlotFor(pid: number): Promise<number> {
  const { Redis } = await import("ioredis");
  const client = new Redis(testRedisUrl(0));
  try {
    const known = await client.hget("test:slots", String(pid));
    if (known) return Number(known);
    const slot = 1 + (((await client.incr("test:slot-counter")) - 1) % 15);
    await client.hset("test:slots", String(pid), String(slot));
    return slot;
  } finally {
    client.disconnect();
  }
}

// A fixed test-only signing key (never used outside tests).
export const TEST_AUTH_SECRET = "test-only-auth-secret-0123456789abcdef";
export const TEST_PAYMENT_WEBHOOK_SECRET = `whsec_${Buffer.from("test-only-payment-webhook-secret").toString("base64")}`;
