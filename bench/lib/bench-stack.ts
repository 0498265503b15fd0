// A throwaway PostgreSQL (migrated) and Redis for in-process benchmarks, with the app's
// environment pointed at them before any app module is imported.
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabaseIfMissing } from "../../scripts/lib/dev-services";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { migrateDatabase } from "../../scripts/lib/prisma-cli";
import { startRedisServer } from "../../scripts/lib/redis-server";

export async function startBenchStack(ports: { postgres: number; redis: number }) {
  const parent = mkdtempSync(path.join(tmpdir(), "shopfront-bench-"));
  chmodSync(parent, 0o755);
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(parent, "pg"),
    port: ports.postgres,
    persistent: false,
  });
  const redis = await startRedisServer(ports.redis);
  await createDatabaseIfMissing(postgres.url("postgres"), "bench");
  const databaseUrl = postgres.url("bench");
  await migrateDatabase(databaseUrl);
  Object.assign(process.env, {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    AUTH_SECRET: "bench-only-auth-secret-0123456789abcdef",
    APP_URL: "http://localhost:3000",
    LOG_LEVEL: "silent",
    JOBS_IN_PROCESS: "false",
  });
  return {
    databaseUrl,
    stop: async () => {
      await redis.stop();
      await postgres.stop();
    },
  };
}
