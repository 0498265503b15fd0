// A transaction on the Prisma client's own pool, past Prisma's client runtime, for the write
// path that pays most for it: checkout (decision 048). It takes raw SQL the way Prisma's
// transactions do (`tx.$queryRaw` and `tx.$executeRaw` tagged templates), so a repo written in
// raw SQL runs unchanged in either kind of transaction.
import "server-only";
import type pg from "pg";
import { Prisma } from "./generated/prisma/client";
import { poolOf, sendOnPool } from "./prisma-factory";

type RawQuery = [query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]];

// What raw-SQL repos need: the Prisma client, a Prisma transaction or a transaction on the pool.
export type SqlExecutor = {
  $queryRaw<Row = unknown>(...query: RawQuery): Promise<Row>;
  $executeRaw(...query: RawQuery): Promise<number>;
};
// Named for what a parameter must be: an open transaction (advisory locks, statements that must
// commit together), Prisma's or one on the pool.
export type SqlTransaction = SqlExecutor;

const sqlOf = ([query, ...values]: RawQuery): Prisma.Sql =>
  query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);

class PoolTransaction implements SqlTransaction {
  #open = true;

  constructor(
    private readonly client: object,
    private readonly connection: pg.PoolClient,
  ) {}

  async $queryRaw<Row = unknown>(...query: RawQuery): Promise<Row> {
    return (await this.#send(sqlOf(query))).rows as Row;
  }

  async $executeRaw(...query: RawQuery): Promise<number> {
    return (await this.#send(sqlOf(query))).rowCount ?? 0;
  }

  send(statement: "BEGIN" | "COMMIT" | "ROLLBACK") {
    return sendOnPool(this.client, this.connection, Prisma.raw(statement));
  }

  close(): void {
    this.#open = false;
  }

  // As Prisma does: a statement after the end would run outside the transaction, on a
  // connection another request may hold by then.
  #send(query: Prisma.Sql) {
    if (!this.#open) throw new Error("This transaction has already ended");
    return sendOnPool<Record<string, unknown>>(this.client, this.connection, query);
  }
}

// Commits what `work` did, or rolls all of it back if it throws. A connection is awaited for
// the pool's connect limit; each statement is bounded by the pool's lock and statement
// timeouts, the time between them by its idle-in-transaction timeout (server/db.ts).
export async function transactionOnPool<Result>(
  client: object,
  work: (tx: SqlTransaction) => Promise<Result>,
): Promise<Result> {
  const connection = await poolOf(client).connect();
  const tx = new PoolTransaction(client, connection);
  let broken: Error | undefined;
  try {
    await tx.send("BEGIN");
    const result = await work(tx);
    await tx.send("COMMIT");
    return result;
  } catch (error) {
    // A connection that cannot even roll back is not given back to the pool.
    await tx.send("ROLLBACK").catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    tx.close();
    connection.release(broken);
  }
}
