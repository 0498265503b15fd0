// Serves the production build (standalone output) for Playwright: a fresh embedded
// PostgreSQL and Redis, migrated and seeded, then the production server
// (`node .next/standalone/shopfront-server.cjs`) with the job worker in-process.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "../server/prisma-factory";
import { seed } from "../prisma/seed";
import { createDatabaseIfMissing } from "./lib/dev-services";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { migrateDatabase } from "./lib/prisma-cli";
import { startRedisServer } from "./lib/redis-server";
import { startS3Server } from "./lib/s3-server";
import { startMailCaptureServer } from "../server/dev/mail-capture-server";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// Backing services sit at the same offset as the app port, so a benchmark server (3400)
// and a Playwright run (3100) can run side by side.
const portOffset = E2E_PORT - 3100;
const parent = mkdtempSync(path.join(tmpdir(), "shopfront-e2e-"));
chmodSync(parent, 0o755);

const postgres = await startEmbeddedPostgres({
  dataDir: path.join(parent, "pg"),
  port: 25349 + portOffset,
  persistent: false,
});
// Benchmarks compare SQL paths, so they can run the app without its Redis cache.
const redis = process.env.E2E_WITHOUT_REDIS === "1" ? null : await startRedisServer(63809 + portOffset);
const mail = await startMailCaptureServer(63826 + portOffset);
const s3 = await startS3Server(63841 + portOffset, path.join(parent, "s3"));
await createDatabaseIfMissing(postgres.url("postgres"), "shopfront");
const databaseUrl = postgres.url("shopfront");
await migrateDatabase(databaseUrl);
const db = createPrismaClient(databaseUrl, { maxConnections: 2 });
await seed(db);
await db.$disconnect();

// Extra Node flags for the server process (a benchmark's --cpu-prof; not allowed in NODE_OPTIONS).
const nodeArgs = process.env.E2E_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
const server = spawn(process.execPath, [...nodeArgs, ".next/standalone/shopfront-server.cjs"], {
  stdio: ["ignore", "pipe", "inherit"],
  env: {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(E2E_PORT),
    HOSTNAME: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    ...(redis ? { REDIS_URL: redis.url } : {}),
    RESEND_BASE_URL: mail.url,
    // Tests read captured mail as staff; anonymous callers and shoppers must get a 404.
    MAIL_VIEWER_ENABLED: "true",
    ...s3.env,
    APP_URL: `http://localhost:${E2E_PORT}`,
    AUTH_SECRET: "e2e-only-auth-secret-0123456789abcdef0123",
    PAYMENTS_TEST_MODE: "true",
    JOBS_IN_PROCESS: "true",
    // Every browser of the run connects from 127.0.0.1: one address for dozens of sign-ins.
    RATE_LIMIT_IP_SCALE: "20",
    PAYMENT_WEBHOOK_SECRETS: `whsec_${Buffer.from("e2e-only-payment-webhook-secret").toString("base64")}`,
    LOG_LEVEL: "info",
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
// The server's JSON logs are kept for the log-canary check and shown for debugging.
server.stdout.pipe(process.stdout);

async function shutdown() {
  server.kill("SIGTERM");
  await mail.stop();
  await s3.stop();
  await redis?.stop();
  await postgres.stop();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
server.on("exit", () => void shutdown());
