// Starts a fresh PostgreSQL and Redis for the integration suite and builds a migrated
// template database; each worker clones it (see integration-setup.ts).
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { startRedisServer } from "../../scripts/lib/redis-server";
import { startS3Server } from "../../scripts/lib/s3-server";
import { createDatabaseIfMissing } from "../../scripts/lib/dev-services";
import { migrateDatabase } from "../../scripts/lib/prisma-cli";
import { TEMPLATE_DATABASE, TEST_POSTGRES_PORT, TEST_REDIS_PORT, TEST_S3_PORT, testDatabaseUrl } from "./test-services";

export default async function setup() {
  const parent = mkdtempSync(path.join(tmpdir(), "shopfront-test-"));
  // When run as root, PostgreSQL runs as the postgres user, which must be able to reach its data dir.
  chmodSync(parent, 0o755);
  const dataDir = path.join(parent, "pg");
  const postgres = await startEmbeddedPostgres({ dataDir, port: TEST_POSTGRES_PORT, persistent: false });
  const redis = await startRedisServer(TEST_REDIS_PORT);
  // One bucket for the run: every upload key is a fresh UUID, so test files never collide.
  const s3 = await startS3Server(TEST_S3_PORT, path.join(parent, "s3"));
  await createDatabaseIfMissing(testDatabaseUrl("postgres"), TEMPLATE_DATABASE);
  await migrateDatabase(testDatabaseUrl(TEMPLATE_DATABASE));
  return async () => {
    await redis.stop();
    await s3.stop();
    await postgres.stop();
  };
}
