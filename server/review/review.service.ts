// Reviews: one per product per shopper who bought it, editable. The product's rating
// aggregate (sum, count) changes in the same transaction, so list pages read it from the
// product row with no per-product query.
import "server-only";
import { db } from "../db";
import { DomainError } from "../lib/errors";
import type { AccessClaims } from "../auth/jwt";
import { decodeCursor, encodeCursor } from "../catalog/cursor";
import { catalogChanged } from "../catalog/catalog-cache";
import * as reviewRepo from "./review.repo";
import type { ListReviewsInput, ReviewEligibility, UpsertReviewInput } from "./review.schema";

// The same rule upsertReview enforces, asked ahead so the page offers the form only to buyers.
export async function reviewEligibility(session: AccessClaims | null, productId: string): Promise<ReviewEligibility> {
  if (!session) return { status: "SIGNED_OUT" };
  return { status: (await reviewRepo.hasPurchased(session.userId, productId)) ? "CAN_REVIEW" : "NOT_PURCHASED" };
}

export async function upsertReview(session: AccessClaims, input: UpsertReviewInput) {
  if (!(await reviewRepo.hasPurchased(session.userId, input.productId))) {
    throw new DomainError("REVIEW_NOT_ALLOWED", "Only shoppers who bought this product can review it");
  }
  const saved = await db.$transaction(async (tx) => {
    const existing = await reviewRepo.findOwnReview(tx, session.userId, input.productId);
    const review = await tx.review.upsert({
      where: { userId_productId: { userId: session.userId, productId: input.productId } },
      create: { userId: session.userId, productId: input.productId, rating: input.rating, body: input.body },
      update: { rating: input.rating, body: input.body },
      select: { id: true, rating: true, body: true, createdAt: true, updatedAt: true, user: { select: { name: true } } },
    });
    await tx.product.update({
      where: { id: input.productId },
      data: existing
        ? { ratingSum: { increment: input.rating - existing.rating } }
        : { ratingSum: { increment: input.rating }, ratingCount: { increment: 1 } },
    });
    return { id: review.id, authorName: review.user.name, rating: review.rating, body: review.body, createdAt: review.createdAt, updatedAt: review.updatedAt };
  });
  await catalogChanged();
  return saved;
}

export async function listReviews(input: ListReviewsInput) {
  const rows = await reviewRepo.listReviews(input.productId, input.cursor ? decodeCursor(input.cursor) : undefined, input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ id: row.id, authorName: row.user.name, rating: row.rating, body: row.body, createdAt: row.createdAt, updatedAt: row.updatedAt })),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null,
  };
}
