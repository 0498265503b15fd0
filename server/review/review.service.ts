// Reviews: one per product per shopper who bought it, editable. The product's rating
// aggregate (sum, count) changes in the same transaction, so list pages read it from the
// product row with no per-product query.
import "server-only";
import { db } from "../db";
import { DomainError } from "../lib/errors";
import type { AccessClaims } from "../auth/jwt";
import { decodeCursor, encodeCursor } from "../catalog/cursor";
import { catalogChanged } from "../catalog/catalog-cache";
import { recordRatingChange } from "../catalog/catalog.service";
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
    await reviewRepo.lockOwnReview(tx, session.userId, input.productId);
    const existing = await reviewRepo.findOwnReview(tx, session.userId, input.productId);
    const review = await reviewRepo.saveReview(tx, {
      userId: session.userId,
      productId: input.productId,
      rating: input.rating,
      body: input.body,
    });
    await recordRatingChange(
      tx,
      input.productId,
      existing ? { sum: input.rating - existing.rating, count: 0 } : { sum: input.rating, count: 1 },
    );
    return {
      id: review.id,
      authorName: review.user.name,
      rating: review.rating,
      body: review.body,
      createdAt: review.createdAt,
      updatedAt: review.updatedAt,
    };
  });
  await catalogChanged();
  return saved;
}

export async function listReviews(input: ListReviewsInput) {
  const rows = await reviewRepo.listReviews(
    input.productId,
    input.cursor ? decodeCursor(input.cursor) : undefined,
    input.limit + 1,
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      authorName: row.user.name,
      rating: row.rating,
      body: row.body,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null,
  };
}
