// Per test file: point the app at this worker's own database (cloned from the migrated
// template) and Redis db, and empty both before every test.
import { once } from "node:events";
import pg from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startMailCaptureServer } from "../../server/dev/mail-capture-server";
import { S3_BUCKET, S3_CREDENTIALS } from "../../scripts/lib/s3-server";
import {
  TEMPLATE_DATABASE,
  TEST_AUTH_SECRET,
  TEST_S3_PORT,
  TEST_PAYMENT_WEBHOOK_SECRET,
  redisSlotFor,
  testDatabaseUrl,
  testRedisUrl,
} from "./test-services";

// One database per worker process (a process runs one test file at a time), cloned from the
// migrated template; and a Redis db index of its own, handed out by an atomic counter.
const database = `shopfront_test_${process.pid}`;
process.env.DATABASE_URL = testDatabaseUrl(database);
process.env.REDIS_URL = testRedisUrl(await redisSlotFor(process.pid));
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
process.env.APP_URL = "http://localhost:3000";
// The app runs jobs only when a test asks (tests/support/jobs.ts), never in the background.
process.env.JOBS_IN_PROCESS = "false";
process.env.PAYMENT_WEBHOOK_SECRETS = TEST_PAYMENT_WEBHOOK_SECRET;
Object.assign(process.env, { S3_ENDPOINT: `http://127.0.0.1:${TEST_S3_PORT}`, S3_BUCKET, ...S3_CREDENTIALS });

// This test file's own Resend stand-in; tests read what it captured (tests/support/jobs.ts).
const mailCapture = await startMailCaptureServer(0);
(globalThis as { mailCapture?: typeof mailCapture }).mailCapture = mailCapture;
process.env.RESEND_BASE_URL = mailCapture.url;
afterAll(() => mailCapture.stop());

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
  await db.$executeRawUnsafe(`TRUNCATE graphile_worker._private_jobs, graphile_worker._private_job_queues CASCADE`);
  mailCapture.emails.length = 0;
  const { redis } = await import("../../server/redis");
  // The app's client never queues commands while connecting; wait for it once.
  if (redis && redis.status !== "ready") await once(redis, "ready");
  await redis?.flushdb();
});
