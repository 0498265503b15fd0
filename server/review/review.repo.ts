import "server-only";
import { db, type DbTransaction } from "../db";
import { lockForTransaction } from "../lib/transaction-locks";
import { afterKeyset, type Keyset } from "../catalog/cursor";

// Bought it: an order of theirs containing the product that was paid (or further along).
export async function hasPurchased(userId: string, productId: string): Promise<boolean> {
  const count = await db.orderItem.count({
    where: { productId, order: { userId, status: { in: ["PAID", "FULFILLING", "SHIPPED", "DELIVERED"] } } },
  });
  return count > 0;
}

// Held to the end of the transaction: two saves of one buyer's review of one product (a
// double click on the first one) run one after the other, so the second finds the first and
// updates it, and the product's rating counts the review once.
export function lockOwnReview(tx: DbTransaction, userId: string, productId: string): Promise<void> {
  return lockForTransaction(tx, `review:${userId}:${productId}`);
}

export function findOwnReview(tx: DbTransaction, userId: string, productId: string) {
  return tx.review.findUnique({
    where: { userId_productId: { userId, productId } },
    select: { id: true, rating: true },
  });
}

export function saveReview(
  tx: DbTransaction,
  review: { userId: string; productId: string; rating: number; body: string },
) {
  return tx.review.upsert({
    where: { userId_productId: { userId: review.userId, productId: review.productId } },
    create: review,
    update: { rating: review.rating, body: review.body },
    select: { id: true, rating: true, body: true, createdAt: true, updatedAt: true, user: { select: { name: true } } },
  });
}

export function listReviews(productId: string, after: Keyset | undefined, take: number) {
  return db.review.findMany({
    where: {
      productId,
      ...afterKeyset(after),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, rating: true, body: true, createdAt: true, updatedAt: true, user: { select: { name: true } } },
  });
}
