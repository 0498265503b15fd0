// One Prisma client per process (a globalThis singleton survives Next dev hot reloads).
import "server-only";
import { env } from "./env";
import { SHUTDOWN_STAGE, onShutdown } from "./lib/lifecycle";
import { createPrismaClient, type Db, type WaitLimits } from "./prisma-factory";

export type { Db, DbTransaction } from "./prisma-factory";

const globalForDb = globalThis as unknown as { shopfrontDb?: Db };

// A free connection within 10 s (checkout's transaction waits as long); a row lock within 10 s
// (a checkout holds its products' rows for milliseconds; longer means something is stuck); no
// statement over 30 s (a CSV import's largest is well under); a transaction left idle for a
// minute (its process hung) gives its locks back.
const WAIT_LIMITS: WaitLimits = { connectMs: 10_000, lockMs: 10_000, statementMs: 30_000, idleInTransactionMs: 60_000 };

function createDb(): Db {
  const client = createPrismaClient(env.DATABASE_URL, {
    queryEvents: env.NODE_ENV === "test",
    waitLimits: WAIT_LIMITS,
  });
  onShutdown("postgres", SHUTDOWN_STAGE.database, () => client.$disconnect());
  return client;
}

export const db: Db = globalForDb.shopfrontDb ?? createDb();
globalForDb.shopfrontDb = db;
