// What an order, a cancellation and a staff edit retire from the Redis catalog cache: an order
// or a cancellation refreshes the pages of the products it touches and leaves every other
// product page cached; lists (which show stock status, not counts) are refreshed only when a
// status changes; staff edits show at once.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";
import { queryCount } from "../../tests/support/query-counter";

const address = { fullName: "Ana", line1: "1 St", city: "Lisbon", postalCode: "1100-148", country: "PT" };
let categoryId: string;

beforeEach(async () => {
  categoryId = (await createCategory(db)).id;
});

async function order(productId: string, quantity = 1) {
  const { caller } = await signedInCaller(db);
  await caller.cart.addItem({ productId, quantity });
  await caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address });
}

async function shopper() {
  return (await anonymousCaller()).caller;
}

describe("catalog cache invalidation", () => {
  it("an order refreshes its product's page and leaves other product pages cached", async () => {
    const ordered = await createProduct(db, categoryId, { stock: 50 });
    const other = await createProduct(db, categoryId, { stock: 50 });
    const caller = await shopper();
    await caller.product.get({ slug: ordered.slug });
    await caller.product.get({ slug: other.slug }); // both cached now
    await order(ordered.id, 2);
    expect((await caller.product.get({ slug: ordered.slug })).stock).toBe(48);
    expect(await queryCount(() => caller.product.get({ slug: other.slug }))).toBe(0);
  });

  it("keeps list pages cached while an order leaves stock statuses as they were, refreshes them when one changes", async () => {
    const product = await createProduct(db, categoryId, { stock: 7 });
    const caller = await shopper();
    const cardOf = async () => (await caller.product.list({})).items.find(({ id }) => id === product.id);
    expect((await cardOf())?.stockStatus).toBe("IN_STOCK");
    await order(product.id); // 6 left: still in stock
    expect(await queryCount(() => caller.product.list({}))).toBe(0);
    await order(product.id); // 5 left: low stock
    expect((await cardOf())?.stockStatus).toBe("LOW_STOCK");
  });

  it("a cancellation refreshes its product's page, and lists only when the stock status changes back", async () => {
    const ordered = await createProduct(db, categoryId, { stock: 6 });
    const other = await createProduct(db, categoryId, { stock: 50 });
    const caller = await shopper();
    const cardOf = async () => (await caller.product.list({})).items.find(({ id }) => id === ordered.id);
    const buyer = await signedInCaller(db);
    const placeOne = async () => {
      await buyer.caller.cart.addItem({ productId: ordered.id, quantity: 1 });
      return buyer.caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address });
    };
    const first = await placeOne(); // 5 left: low stock
    const second = await placeOne(); // 4 left
    expect((await caller.product.get({ slug: ordered.slug })).stock).toBe(4);
    await caller.product.get({ slug: other.slug });
    expect((await cardOf())?.stockStatus).toBe("LOW_STOCK"); // both pages and lists cached now
    await buyer.caller.order.cancel({ id: second.orderId }); // 5: still low stock
    expect((await caller.product.get({ slug: ordered.slug })).stock).toBe(5);
    expect(await queryCount(() => caller.product.list({}))).toBe(0);
    expect(await queryCount(() => caller.product.get({ slug: other.slug }))).toBe(0);
    await buyer.caller.order.cancel({ id: first.orderId }); // 6: in stock again
    expect((await cardOf())?.stockStatus).toBe("IN_STOCK");
  });

  it("shows a staff price edit and stock adjustment at once, on the product page and on lists", async () => {
    const admin = await signedInCaller(db, { role: "ADMIN" });
    const product = await createProduct(db, categoryId, { stock: 50, priceCents: 2500 });
    const caller = await shopper();
    const cardOf = async () => (await caller.product.list({})).items.find(({ id }) => id === product.id);
    await caller.product.get({ slug: product.slug });
    await cardOf(); // both cached now
    await admin.caller.admin.products.update({ id: product.id, data: { priceCents: 3100 } });
    expect((await caller.product.get({ slug: product.slug })).price.amountCents).toBe(3100);
    expect((await cardOf())?.price.amountCents).toBe(3100);
    await admin.caller.admin.products.adjustStock({ id: product.id, delta: -47, reason: "Recount" });
    expect((await caller.product.get({ slug: product.slug })).stock).toBe(3);
    expect((await cardOf())?.stockStatus).toBe("LOW_STOCK");
  });
});
