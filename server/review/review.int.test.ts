import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { catalogChanged } from "../catalog/catalog-cache";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";

const address = { fullName: "Ana", line1: "1 St", city: "Lisbon", postalCode: "1100-148", country: "PT" };
let categoryId: string;
let productId: string;

beforeEach(async () => {
  categoryId = (await createCategory(db)).id;
  productId = (await createProduct(db, categoryId, { stock: 50 })).id;
});

async function buyer(paid = true) {
  const shopper = await signedInCaller(db);
  await shopper.caller.cart.addItem({ productId });
  const { orderId } = await shopper.caller.checkout.placeOrder({
    idempotencyKey: randomUUID(),
    shippingAddress: address,
  });
  if (paid) await db.order.update({ where: { id: orderId }, data: { status: "PAID" } });
  return shopper;
}

describe("reviews", () => {
  it("lets a buyer review once, edit it, and keeps the product's average in step", async () => {
    const first = await buyer();
    await first.caller.review.upsert({ productId, rating: 4, body: "Good" });
    await first.caller.review.upsert({ productId, rating: 2, body: "Chipped after a week" });
    const second = await buyer();
    await second.caller.review.upsert({ productId, rating: 5, body: "Perfect" });
    expect(await db.review.count()).toBe(2);
    const { caller } = await anonymousCaller();
    const card = (await caller.product.list({})).items.find((item) => item.id === productId);
    expect(card?.rating).toEqual({ average: 3.5, count: 2 });
    expect((await caller.review.list({ productId })).items.map((review) => review.rating)).toEqual([5, 2]);
  });

  it("keeps one review, counted once, when a buyer's first review is sent twice at the same time (a double click)", async () => {
    const shopper = await buyer();
    await Promise.all(
      [4, 4, 4].map((rating) => shopper.caller.review.upsert({ productId, rating, body: "Sturdy and warm" })),
    );
    expect(await db.review.count({ where: { productId } })).toBe(1);
    const { caller } = await anonymousCaller();
    const card = (await caller.product.list({})).items.find((item) => item.id === productId);
    expect(card?.rating).toEqual({ average: 4, count: 1 });
  });

  it("refuses shoppers who have not bought it, or not paid yet, and validates the rating", async () => {
    const stranger = await signedInCaller(db);
    expect(domainCodeOf(await trpcErrorOf(stranger.caller.review.upsert({ productId, rating: 5, body: "x" })))).toBe(
      "REVIEW_NOT_ALLOWED",
    );
    const unpaid = await buyer(false);
    expect(domainCodeOf(await trpcErrorOf(unpaid.caller.review.upsert({ productId, rating: 5, body: "x" })))).toBe(
      "REVIEW_NOT_ALLOWED",
    );
    const paid = await buyer();
    expect((await trpcErrorOf(paid.caller.review.upsert({ productId, rating: 6, body: "x" }))).code).toBe(
      "BAD_REQUEST",
    );
    expect(await db.review.count()).toBe(0);
  });

  it("answers, on the server, whether the viewer may review: signed out, not bought (or unpaid), or bought", async () => {
    const { caller: anonymous } = await anonymousCaller();
    expect(await anonymous.review.eligibility({ productId })).toEqual({ status: "SIGNED_OUT" });
    const stranger = await signedInCaller(db);
    expect(await stranger.caller.review.eligibility({ productId })).toEqual({ status: "NOT_PURCHASED" });
    const unpaid = await buyer(false);
    expect(await unpaid.caller.review.eligibility({ productId })).toEqual({ status: "NOT_PURCHASED" });
    const paid = await buyer();
    expect(await paid.caller.review.eligibility({ productId })).toEqual({ status: "CAN_REVIEW" });
    expect((await trpcErrorOf(paid.caller.review.eligibility({ productId: "not-a-uuid" }))).code).toBe("BAD_REQUEST");
  });

  it("serves a list page with the same number of queries whatever the number of products (no N+1)", async () => {
    const countQueries = async () => {
      // Measure the database path, not the catalog cache.
      await catalogChanged();
      const { caller } = await anonymousCaller();
      const { queryCount } = await import("../../tests/support/query-counter");
      return queryCount(() => caller.product.list({ limit: 48 }));
    };
    for (let index = 0; index < 3; index++) await createProduct(db, categoryId);
    const few = await countQueries();
    for (let index = 0; index < 30; index++) await createProduct(db, categoryId);
    const many = await countQueries();
    expect(many).toBe(few);
    expect(few).toBeGreaterThanOrEqual(1);
    expect(few).toBeLessThanOrEqual(3);
  });
});
