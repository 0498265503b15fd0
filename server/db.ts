// One Prisma client per process (a globalThis singleton survives Next dev hot reloads).
import "server-only";
import { env } from "./env";
import { SHUTDOWN_STAGE, onShutdown } from "./lib/lifecycle";
import { createPrismaClient, type Db } from "./prisma-factory";

export type { Db, DbTransaction } from "./prisma-factory";

const globalForDb = globalThis as unknown as { shopfrontDb?: Db };

function createDb(): Db {
  const client = createPrismaClient(env.DATABASE_URL, { queryEvents: env.NODE_ENV === "test" });
  onShutdown("postgres", SHUTDOWN_STAGE.database, () => client.$disconnect());
  return client;
}

export const db: Db = globalForDb.shopfrontDb ?? createDb();
globalForDb.shopfrontDb = db;
