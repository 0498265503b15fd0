// Builds a Prisma client on the pg driver adapter. The app uses it once (server/db.ts);
// scripts and tests use it for their own databases. The pool is ours (not the adapter's) so
// its usage can be reported (/api/metrics); the adapter still ends it on $disconnect.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";

export type PoolStats = { total: number; idle: number; waiting: number; max: number };
// On globalThis: the client is shared by every bundle of the process (server/db.ts), and the
// metrics route that asks for its pool may be in another bundle than the one that made it.
const globalForPools = globalThis as unknown as { shopfrontPools?: WeakMap<object, pg.Pool> };
const pools = (globalForPools.shopfrontPools ??= new WeakMap<object, pg.Pool>());

export function createPrismaClient(connectionString: string, options: { maxConnections?: number; queryEvents?: boolean } = {}) {
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10 });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Query events let tests count the statements a procedure sends (tests/support/query-counter.ts).
  const client = new PrismaClient({ adapter, ...(options.queryEvents ? { log: [{ emit: "event" as const, level: "query" as const }] } : {}) });
  pools.set(client, pool);
  return client;
}

export function poolStats(client: object): PoolStats | null {
  const pool = pools.get(client);
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 10 } : null;
}

export type Db = ReturnType<typeof createPrismaClient>;
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];
// Either the client or an open transaction: for code that runs in both (factories, seed).
export type DbExecutor = Db | DbTransaction;
