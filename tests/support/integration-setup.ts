// Per test file: point the app at this worker's own database (cloned from the migrated
// template) and Redis db, and empty both before every test.
import { once } from "node:events";
import pg from "pg";
import { beforeAll, beforeEach } from "vitest";
import { TEMPLATE_DATABASE, TEST_AUTH_SECRET, testDatabaseUrl, testRedisUrl } from "./test-services";

const workerId = Number(process.env.VITEST_POOL_ID ?? 1);
const database = `shopfront_test_${workerId}`;

process.env.DATABASE_URL = testDatabaseUrl(database);
process.env.REDIS_URL = testRedisUrl(workerId % 16);
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
process.env.APP_URL = "http://localhost:3000";

async function ensureWorkerDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: testDatabaseUrl("postgres") });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (rowCount === 0) await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${TEMPLATE_DATABASE}"`);
  } finally {
    await admin.end();
  }
}

beforeAll(ensureWorkerDatabase);

beforeEach(async () => {
  const { db } = await import("../../server/db");
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  const { redis } = await import("../../server/redis");
  // The app's client never queues commands while connecting; wait for it once.
  if (redis && redis.status !== "ready") await once(redis, "ready");
  await redis?.flushdb();
});
