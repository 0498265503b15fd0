// Runs the migrating Prisma CLI (6.19, offline "js" engine; see prisma-migrate.config.ts and
// decision 047) against a given database URL. The app's client is Prisma 7.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { runMigrations } from "graphile-worker";

const prismaBin = createRequire(import.meta.url).resolve("prisma-migrate-cli/build/index.js");
const MIGRATE_CONFIG = "prisma-migrate.config.ts";

export function runPrisma(args: string[], databaseUrl: string, capture = false): string {
  const result = spawnSync(process.execPath, [prismaBin, ...args, "--config", MIGRATE_CONFIG], {
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: capture ? ["ignore", "pipe", "inherit"] : "inherit",
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma ${args.join(" ")} failed with exit code ${result.status}`);
  return result.stdout ?? "";
}

// Applies the app's Prisma migrations, then the job queue's own schema (graphile_worker),
// which the transactional outbox writes into from app transactions.
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  runPrisma(["migrate", "deploy"], databaseUrl);
  await runMigrations({ connectionString: databaseUrl });
}
