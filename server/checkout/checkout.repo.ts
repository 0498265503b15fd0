import "server-only";
import type { DbTransaction } from "../db";
import { tryLockForTransaction } from "../lib/transaction-locks";

// Transaction-scoped lock on (user, key): a concurrent duplicate gets false at once instead
// of waiting, and the lock ends with the transaction.
export function tryLockIdempotencyKey(tx: DbTransaction, userId: string, key: string): Promise<boolean> {
  return tryLockForTransaction(tx, `checkout:${userId}:${key}`);
}

export function findIdempotencyKey(tx: DbTransaction, userId: string, key: string) {
  return tx.idempotencyKey.findUnique({
    where: { userId_scope_key: { userId, scope: "checkout", key } },
    select: { requestHash: true, response: true },
  });
}

export async function saveIdempotentResponse(
  tx: DbTransaction,
  entry: {
    userId: string;
    key: string;
    requestHash: string;
    response: { orderId: string; number: string };
    expiresAt: Date;
  },
): Promise<void> {
  await tx.idempotencyKey.create({ data: { ...entry, scope: "checkout", status: "COMPLETED" }, select: { id: true } });
}

export function cartLinesForCheckout(tx: DbTransaction, userId: string) {
  return tx.cartItem.findMany({
    where: { cart: { userId } },
    // Locks are taken in product-id order by every checkout, so two never deadlock.
    orderBy: { productId: "asc" },
    select: { productId: true, quantity: true },
  });
}
