// Builds a Prisma client on the pg driver adapter. The app uses it once (server/db.ts);
// scripts and tests use it for their own databases. The pool is ours (not the adapter's) so
// its usage can be reported (/api/metrics); the adapter still ends it on $disconnect.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "./generated/prisma/client";

export type PoolStats = { total: number; idle: number; waiting: number; max: number };
// On globalThis: the client is shared by every bundle of the process (server/db.ts), and the
// metrics route that asks for its pool may be in another bundle than the one that made it.
const globalForPools = globalThis as unknown as { shopfrontPools?: WeakMap<object, pg.Pool> };
globalForPools.shopfrontPools ??= new WeakMap<object, pg.Pool>();
const pools = globalForPools.shopfrontPools;
// The extended client has no `$on`: query listeners are added on the client it extends.
const queryListeners = new WeakMap<object, (listener: () => void) => void>();
// The same listeners, told of each statement sent straight to the pool (queryRowsOnPool).
const poolQueryListeners = new WeakMap<object, (() => void)[]>();

// Bounds on how long a request may wait on the database; the app sets them (server/db.ts) so an
// overloaded pool, a held row lock or a runaway query ends in a 503 the shopper can retry
// (server/lib/prisma-errors.ts), not in a request that waits forever holding a connection.
export type WaitLimits = { connectMs: number; lockMs: number; statementMs: number; idleInTransactionMs: number };

export function createPrismaClient(
  connectionString: string,
  options: { maxConnections?: number; queryEvents?: boolean; waitLimits?: WaitLimits } = {},
) {
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
  const queryLog = [{ emit: "event" as const, level: "query" as const }];
  const base = new PrismaClient({ adapter, log: options.queryEvents ? queryLog : [] });
  const client = base.$extends(refuseUnscopedBulkWrites);
  pools.set(client, pool);
  if (options.queryEvents) {
    const onPoolQuery: (() => void)[] = [];
    poolQueryListeners.set(client, onPoolQuery);
    queryListeners.set(client, (listener) => {
      base.$on("query", listener);
      onPoolQuery.push(listener);
    });
  }
  return client;
}

// A `timestamp` column (without time zone) holds UTC, as Prisma writes and reads it; pg's own
// parser would read it as local time. An `int8` comes back as a bigint, as from `$queryRaw`
// (pg's own parser gives a string).
const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
const parseUtcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const asPrismaReadsThem = {
  getTypeParser: (oid: number, format?: "text" | "binary") => {
    if (oid === TIMESTAMP_OID) return parseUtcTimestamp;
    if (oid === INT8_OID) return BigInt;
    return pg.types.getTypeParser(oid, format);
  },
};

// One statement sent with pg, past Prisma's client runtime, which builds and runs a plan for
// every call, `$queryRaw` included (decisions 046, 048). On `connection` (the client's pool, or
// one of its connections holding a transaction), so the same connection limits and timeouts
// apply; dates go out as ISO text in UTC and come back as UTC, as Prisma's do; pg's errors are
// recognised by lib/prisma-errors.ts; statement-count listeners (`onQuery`) hear of it.
export async function sendOnPool<Row extends object>(
  client: object,
  connection: pg.Pool | pg.PoolClient,
  query: Prisma.Sql,
): Promise<pg.QueryResult<Row>> {
  for (const listener of poolQueryListeners.get(client) ?? []) listener();
  const values = query.values.map((value) => (value instanceof Date ? value.toISOString() : value));
  return connection.query<Row>({ text: query.text, values, types: asPrismaReadsThem });
}

export function poolOf(client: object): pg.Pool {
  const pool = pools.get(client);
  if (!pool) throw new Error("This Prisma client was not made by createPrismaClient");
  return pool;
}

// One read on the client's own pool. Only for hot reads, each held equal to Prisma's own query
// by a test (decision 046).
export async function queryRowsOnPool<Row extends object>(client: object, query: Prisma.Sql): Promise<Row[]> {
  return (await sendOnPool<Row>(client, poolOf(client), query)).rows;
}

export class UnscopedBulkWriteError extends Error {
  override readonly name = "UnscopedBulkWriteError";
}

// A bulk write whose filter is missing, or names a field whose value is undefined, would touch
// every row: `deleteMany({ where: { id: user?.id } })` with no user must not empty the table
// (Cal.com's guard). Refused before any SQL is sent. An empty filter (`{}`, or a field given
// `{}` or `Prisma.skip`) filters nothing and is refused too. Extensions saw `Prisma.skip` as
// `{}` in Prisma 6 and see the marker itself in Prisma 7.
const filtersNothing = (value: unknown) =>
  value === undefined ||
  value === Prisma.skip ||
  (typeof value === "object" &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.keys(value).length === 0);

function assertScoped(model: string, operation: string, where: object | undefined): void {
  const unscopedFields = Object.entries(where ?? {}).flatMap(([field, value]) =>
    filtersNothing(value) ? [field] : [],
  );
  if (unscopedFields.length > 0)
    throw new UnscopedBulkWriteError(`${model}.${operation} refused: no value for ${unscopedFields.join(", ")}`);
  if (!where || Object.keys(where).length === 0)
    throw new UnscopedBulkWriteError(`${model}.${operation} refused: no filter`);
}

const refuseUnscopedBulkWrites = Prisma.defineExtension({
  name: "refuse-unscoped-bulk-writes",
  query: {
    $allModels: {
      updateMany({ model, operation, args, query }) {
        assertScoped(model, operation, args.where);
        return query(args);
      },
      updateManyAndReturn({ model, operation, args, query }) {
        assertScoped(model, operation, args.where);
        return query(args);
      },
      deleteMany({ model, operation, args, query }) {
        assertScoped(model, operation, args?.where);
        return query(args);
      },
    },
  },
});

// For clients made with `queryEvents`: calls `listener` once per SQL statement sent.
export function onQuery(client: object, listener: () => void): void {
  const subscribe = queryListeners.get(client);
  if (!subscribe) throw new Error("This Prisma client was created without query events");
  subscribe(listener);
}

export function poolStats(client: object): PoolStats | null {
  const pool = pools.get(client);
  return pool
    ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 10 }
    : null;
}

export type Db = ReturnType<typeof createPrismaClient>;
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];
// Either the client or an open transaction: for code that runs in both (factories, seed).
export type DbExecutor = Db | DbTransaction;
