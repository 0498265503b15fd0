import "server-only";
import { tryLockForTransaction } from "../lib/transaction-locks";
import type { SqlTransaction } from "../pool-transaction";
import { v7 as uuidV7 } from "uuid";

// Raw SQL: checkout's transaction runs on the pool, past Prisma's runtime (decision 048).

// Transaction-scoped lock on (user, key): a concurrent duplicate gets false at once instead
// of waiting, and the lock ends with the transaction.
export function tryLockIdempotencyKey(tx: SqlTransaction, userId: string, key: string): Promise<boolean> {
  return tryLockForTransaction(tx, `checkout:${userId}:${key}`);
}

type CheckoutResponse = { orderId: string; number: string };

export async function findIdempotencyKey(
  tx: SqlTransaction,
  userId: string,
  key: string,
): Promise<{ requestHash: string; response: CheckoutResponse } | null> {
  const rows = await tx.$queryRaw<{ requestHash: string; response: CheckoutResponse }[]>`
    SELECT "requestHash", response FROM idempotency_keys
    WHERE "userId" = ${userId}::uuid AND scope = 'checkout' AND key = ${key}`;
  return rows[0] ?? null;
}

export async function saveIdempotentResponse(
  tx: SqlTransaction,
  entry: { userId: string; key: string; requestHash: string; response: CheckoutResponse; expiresAt: Date },
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO idempotency_keys (id, "userId", scope, key, "requestHash", status, response, "createdAt", "expiresAt")
    VALUES (${uuidV7()}::uuid, ${entry.userId}::uuid, 'checkout', ${entry.key}, ${entry.requestHash}, 'COMPLETED',
      ${JSON.stringify(entry.response)}::jsonb, ${new Date()}, ${entry.expiresAt})`;
}

export function cartLinesForCheckout(tx: SqlTransaction, userId: string) {
  // Locks are taken in product-id order by every checkout, so two never deadlock.
  return tx.$queryRaw<{ productId: string; quantity: number }[]>`
    SELECT items."productId", items.quantity FROM cart_items items JOIN carts ON carts.id = items."cartId"
    WHERE carts."userId" = ${userId}::uuid ORDER BY items."productId"`;
}
