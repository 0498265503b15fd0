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

// Bounds on how long a request may wait on the database; the app sets them (server/db.ts) so an
// overloaded pool, a held row lock or a runaway query ends in a 503 the shopper can retry
// (server/lib/prisma-errors.ts), not in a request that waits forever holding a connection.
export type WaitLimits = { connectMs: number; lockMs: number; statementMs: number; idleInTransactionMs: number };

export function createPrismaClient(connectionString: string, options: { maxConnections?: number; queryEvents?: boolean; waitLimits?: WaitLimits } = {}) {
  const limits = options.waitLimits;
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    ...(limits && {
      connectionTimeoutMillis: limits.connectMs,
      lock_timeout: limits.lockMs,
      statement_timeout: limits.statementMs,
      idle_in_transaction_session_timeout: limits.idleInTransactionMs,
    }),
  });
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
