// `npm run dev`: the whole shop on embedded defaults. Starts PostgreSQL (data kept in
// .data/postgres) and Redis (if redis-server is installed), applies migrations, seeds once,
// prints the seeded logins and runs Next.js. Every *_URL in the environment overrides a default.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createPrismaClient } from "../server/prisma-factory";
import { SEED_ACCOUNTS, seed } from "../prisma/seed";
import { devAuthSecret, devPaymentWebhookSecrets } from "./lib/dev-secrets";
import { startDevMailCapture, startDevPostgres, startDevRedis, startDevS3 } from "./lib/dev-services";
import { migrateDatabase } from "./lib/prisma-cli";
import { explainStartFailure } from "./lib/start-failure";

if (existsSync(".env")) process.loadEnvFile(".env");
const mode = process.argv[2] === "start" ? "start" : "dev";
const port = process.env.PORT ?? "3000";

type Started = { stop: () => Promise<void> | void };
const started: Started[] = [];
async function stopServices() {
  for (const service of started.reverse()) await service.stop();
}

async function startServices() {
  const postgres = await startDevPostgres();
  if (postgres.server) started.push(postgres.server);
  const redis = await startDevRedis();
  if (redis.server) started.push(redis.server);
  const mail = await startDevMailCapture();
  if (mail.server) started.push(mail.server);
  const s3 = await startDevS3();
  if (s3.server) started.push(s3.server);
  await migrateDatabase(postgres.url);
  const db = createPrismaClient(postgres.url, { maxConnections: 2 });
  const { seeded } = await seed(db);
  await db.$disconnect();
  return { postgres, redis, mail, s3, seeded };
}

// A failed start leaves nothing running and says, in one sentence, what to do.
const { postgres, redis, mail, s3, seeded } = await startServices().catch(async (error: unknown) => {
  await stopServices().catch(() => undefined);
  console.error(explainStartFailure(error));
  process.exit(1);
});
if (!redis.url)
  console.warn(
    "redis-server not found: running without Redis (caches off). apt-get install redis-server to enable it.",
  );

console.log(`
  Shopfront ${seeded ? "seeded a fresh database" : "is using the existing database"}.
  Open http://localhost:${port}
    staff:   ${SEED_ACCOUNTS.admin.email} / ${SEED_ACCOUNTS.admin.password}
    shopper: ${SEED_ACCOUNTS.shopper.email} / ${SEED_ACCOUNTS.shopper.password}
  ${mail.url ? `Emails are captured locally: http://localhost:${port}/dev/mail${mode === "start" ? " (signed in as staff)" : ""}` : "Emails go through Resend."}
`);

// `start` serves the production build with the production server (npm run build first), its
// job worker in-process as a one-machine demo; `dev` runs `next dev`.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const command = mode === "start" ? [".next/standalone/shopfront-server.cjs"] : [nextBin, "dev", "--port", port];
const next = spawn(process.execPath, command, {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: postgres.url,
    ...(redis.url ? { REDIS_URL: redis.url } : {}),
    ...(mail.url ? { RESEND_BASE_URL: mail.url } : {}),
    // The production build shows captured mail to staff only, and only when asked.
    ...(mode === "start" && mail.url ? { MAIL_VIEWER_ENABLED: process.env.MAIL_VIEWER_ENABLED ?? "true" } : {}),
    ...(mode === "start"
      ? {
          PORT: port,
          HOSTNAME: process.env.HOSTNAME ?? "127.0.0.1",
          JOBS_IN_PROCESS: process.env.JOBS_IN_PROCESS ?? "true",
        }
      : {}),
    ...s3.env,
    AUTH_SECRET: devAuthSecret(),
    PAYMENT_WEBHOOK_SECRETS: devPaymentWebhookSecrets(),
    NEXT_TELEMETRY_DISABLED: "1",
  },
});

async function shutdown(code: number) {
  await stopServices();
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => next.kill(signal));
}
next.on("exit", (code) => void shutdown(code ?? 0));
