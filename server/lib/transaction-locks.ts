// Advisory locks held until the transaction ends, keyed by text ("review:<user>:<product>"):
// work on one key runs one transaction after the other, without a row to lock (the row may
// not exist yet). Keys are hashed to PostgreSQL's 64-bit lock ids; the prefix keeps the
// kinds of key apart.
import "server-only";
import type { SqlTransaction } from "../pool-transaction";

// Waits for the lock.
export async function lockForTransaction(tx: SqlTransaction, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

// Takes the lock if it is free; false at once if another transaction holds it.
export async function tryLockForTransaction(tx: SqlTransaction, key: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
    SELECT pg_try_advisory_xact_lock(hashtextextended(${key}, 0)) AS locked`;
  return row?.locked === true;
}
