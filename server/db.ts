// One Prisma client per process (a globalThis singleton survives Next dev hot reloads).
import "server-only";
import { env } from "./env";
import { createPrismaClient } from "./prisma-factory";

export type Db = ReturnType<typeof createPrismaClient>;
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { shopfrontDb?: Db };

export const db: Db = globalForDb.shopfrontDb ?? createPrismaClient(env.DATABASE_URL);
globalForDb.shopfrontDb = db;
