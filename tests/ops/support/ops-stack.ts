// A production-like stack for operations tests: its own PostgreSQL (restartable, data kept),
// Redis (can be stopped or frozen), mail capture, and any number of production server
// processes and job workers started from the standalone build (`npm run build` first).
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../../server/prisma-factory";
import { seed } from "../../../prisma/seed";
import { startMailCaptureServer } from "../../../server/dev/mail-capture-server";
import { createDatabaseIfMissing } from "../../../scripts/lib/dev-services";
import { startEmbeddedPostgres, type RunningPostgres } from "../../../scripts/lib/embedded-postgres";
import { migrateDatabase } from "../../../scripts/lib/prisma-cli";
import { startRedisServer, type RunningRedis } from "../../../scripts/lib/redis-server";

export const OPS_AUTH_SECRET = "ops-only-auth-secret-0123456789abcdef0123";
export const OPS_WEBHOOK_SECRET = `whsec_${Buffer.from("ops-only-payment-webhook-secret").toString("base64")}`;

export type AppProcess = {
  url: string;
  port: number;
  child: ChildProcess;
  log: () => string;
  exited: Promise<number | null>;
};

// `base`: PostgreSQL, Redis and mail capture on base, base+1, base+2. The ops tests keep their
// ports below Linux's ephemeral range (32768-60999): in it, any outgoing connection of the
// machine may hold a port a test is about to listen on (it happened to PostgreSQL's once).
export async function startOpsStack(base: number) {
  const parent = mkdtempSync(path.join(tmpdir(), "shopfront-ops-"));
  chmodSync(parent, 0o755);
  const pgPort = base;
  const redisPort = base + 1;
  let postgres: RunningPostgres = await startEmbeddedPostgres({
    dataDir: path.join(parent, "pg"),
    port: pgPort,
    persistent: true,
  });
  let redis: RunningRedis | null = await startRedisServer(redisPort);
  const mail = await startMailCaptureServer(base + 2);
  await createDatabaseIfMissing(postgres.url("postgres"), "shopfront");
  const databaseUrl = postgres.url("shopfront");
  await migrateDatabase(databaseUrl);
  const db = createPrismaClient(databaseUrl, { maxConnections: 4 });
  await seed(db);
  const children: ChildProcess[] = [];

  const appEnv = (port: number, extra: Record<string, string>): NodeJS.ProcessEnv => ({
    ...process.env,
    NODE_ENV: "production" as const,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    RESEND_BASE_URL: mail.url,
    APP_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: OPS_AUTH_SECRET,
    PAYMENTS_TEST_MODE: "true",
    PAYMENT_WEBHOOK_SECRETS: OPS_WEBHOOK_SECRET,
    LOG_LEVEL: "info",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  });

  function track(child: ChildProcess): { log: () => string; exited: Promise<number | null> } {
    children.push(child);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    return { log: () => output, exited: once(child, "exit").then(([code]) => code as number | null) };
  }

  function runningRedisPid(): number {
    if (!redis?.pid) throw new Error("Redis is not running");
    return redis.pid;
  }

  return {
    db,
    databaseUrl,
    mail,
    redisPort,
    async startApp(port: number, extra: Record<string, string> = {}): Promise<AppProcess> {
      const child = spawn(process.execPath, [".next/standalone/shopfront-server.cjs"], {
        env: appEnv(port, extra),
        stdio: ["ignore", "pipe", "pipe"],
      });
      const tracked = track(child);
      const url = `http://127.0.0.1:${port}`;
      // Ready as a load balancer sees it: it has warmed its routes (server/runtime/warm-up.ts).
      await waitFor(
        async () => tracked.log().includes('"msg":"server warm"'),
        60_000,
        () => tracked.log(),
      );
      return { url, port, child, ...tracked };
    },
    // `bundled`: the worker production runs, from the standalone build (`npm run build`);
    // otherwise its source through tsx.
    startWorker(extra: Record<string, string> = {}, options: { bundled?: boolean } = {}) {
      const entry = options.bundled
        ? [".next/standalone/shopfront-worker.mjs"]
        : ["--import", "tsx", "scripts/worker.ts"];
      const child = spawn(process.execPath, entry, {
        env: { ...appEnv(0, extra), TSX_TSCONFIG_PATH: "tsconfig.scripts.json" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      return { child, ...track(child) };
    },
    async stopPostgres() {
      await postgres.stop();
    },
    async startPostgres() {
      postgres = await startEmbeddedPostgres({ dataDir: path.join(parent, "pg"), port: pgPort, persistent: true });
    },
    async stopRedis() {
      await redis?.stop();
      redis = null;
    },
    async startRedis() {
      redis = await startRedisServer(redisPort);
    },
    // SIGSTOP: Redis keeps its socket open and answers nothing, like a hung server. Never a
    // signal to pid 0: that is this test runner's whole process group.
    freezeRedis: () => process.kill(runningRedisPid(), "SIGSTOP"),
    thawRedis: () => process.kill(runningRedisPid(), "SIGCONT"),
    async stop() {
      for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
      await db.$disconnect();
      await mail.stop();
      await redis?.stop();
      await postgres.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

export type OpsStack = Awaited<ReturnType<typeof startOpsStack>>;

export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs: number,
  explainTimeout: () => string = () => "",
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms\n${explainTimeout().slice(-4000)}`);
}
