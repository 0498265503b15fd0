// One Prisma client per process (a globalThis singleton survives Next dev hot reloads).
import "server-only";
import { env } from "./env";
import { createPrismaClient, type Db } from "./prisma-factory";

export type { Db, DbTransaction } from "./prisma-factory";

const globalForDb = globalThis as unknown as { shopfrontDb?: Db };

export const db: Db = globalForDb.shopfrontDb ?? createPrismaClient(env.DATABASE_URL, { queryEvents: env.NODE_ENV === "test" });
globalForDb.shopfrontDb = db;
