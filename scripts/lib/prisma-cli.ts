// Runs the Prisma CLI against a given database URL (offline "js" engine, see prisma.config.ts).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { runMigrations } from "graphile-worker";

const prismaBin = createRequire(import.meta.url).resolve("prisma/build/index.js");

export function runPrisma(args: string[], databaseUrl: string, capture = false): string {
  const result = spawnSync(process.execPath, [prismaBin, ...args], {
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
