import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { queryCount } from "../../tests/support/query-counter";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { ZodError } from "../lib/zod";
import { MAX_PRICE_CENTS } from "../catalog/product-admin.schema";
import { MAX_ORDER_TOTAL_CENTS } from "./pricing";

// The session check, then the transaction on the pool: BEGIN, lock, key, cart, two stock
// updates, order, lines, first event, emptied cart, two jobs, stored response, COMMIT.
const PLACE_ORDER_STATEMENTS = 15;

const address = {
  fullName: "Ana Shopper",
  line1: "1 Market Street",
  city: "Lisbon",
  postalCode: "1100-148",
  country: "pt",
};
let categoryId: string;

beforeEach(async () => {
  categoryId = (await createCategory(db)).id;
});

async function buyerWith(productId: string, quantity = 1) {
  const buyer = await signedInCaller(db);
  await buyer.caller.cart.addItem({ productId, quantity });
  return buyer;
}

describe("checkout.placeOrder", () => {
  it("creates one order from database prices, takes the stock, empties the cart, holds the stock until payment", async () => {
    const mug = await createProduct(db, categoryId, { priceCents: 2400, stock: 5 });
    const { caller, user } = await buyerWith(mug.id, 2);
    await db.product.update({ where: { id: mug.id }, data: { priceCents: 2600 } });
    const placed = await caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address });
    expect(placed.replayed).toBe(false);
    expect(placed.number).toMatch(/^SF-[2-9A-HJ-NP-Z]{8}$/);
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { items: true } });
    expect(order).toMatchObject({
      userId: user.id,
      status: "PENDING_PAYMENT",
      subtotalCents: 5200,
      shippingCents: 500,
      totalCents: 5700,
      shipCountry: "PT",
    });
    expect(order.items[0]).toMatchObject({ unitPriceCents: 2600, quantity: 2, lineTotalCents: 5200 });
    expect((await db.product.findUniqueOrThrow({ where: { id: mug.id } })).stock).toBe(3);
    expect((await caller.cart.get()).itemCount).toBe(0);
    // The stock hold's release, and staff told of the new order (order-live.int.test.ts).
    const jobs = await db.$queryRaw<
      { task_identifier: string; run_at: Date }[]
    >`SELECT task_identifier, run_at FROM graphile_worker.jobs ORDER BY task_identifier`;
    expect(jobs.map((job) => job.task_identifier)).toEqual(["publish-live-event", "release-unpaid-order"]);
    expect(jobs[1]?.run_at.getTime()).toBe(order.paymentExpiresAt.getTime());
  });

  // bench/checkout.bench.ts compares this path with app/api/bench/checkout/place-order.ts,
  // which sends the same statements by hand: a round trip more here shows up in that ratio.
  it("places a two-line order in as many statements as the hand-written baseline", async () => {
    const mug = await createProduct(db, categoryId, { stock: 50 });
    const lamp = await createProduct(db, categoryId, { stock: 50 });
    const { caller } = await buyerWith(mug.id);
    await caller.cart.addItem({ productId: lamp.id, quantity: 1 });
    const place = () => caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address });
    expect(await queryCount(place)).toBe(PLACE_ORDER_STATEMENTS);
  });

  it("replays the first result for the same key and body: one order, however often it is sent", async () => {
    const mug = await createProduct(db, categoryId, { stock: 5 });
    const { caller } = await buyerWith(mug.id);
    const key = randomUUID();
    const first = await caller.checkout.placeOrder({ idempotencyKey: key, shippingAddress: address });
    const again = await caller.checkout.placeOrder({ idempotencyKey: key, shippingAddress: { ...address } });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await db.order.count()).toBe(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: mug.id } })).stock).toBe(4);
  });

  it("refuses the same key with a different body and changes nothing", async () => {
    const mug = await createProduct(db, categoryId, { stock: 5 });
    const { caller } = await buyerWith(mug.id);
    const key = randomUUID();
    await caller.checkout.placeOrder({ idempotencyKey: key, shippingAddress: address });
    await caller.cart.addItem({ productId: mug.id });
    const reused = await trpcErrorOf(
      caller.checkout.placeOrder({ idempotencyKey: key, shippingAddress: { ...address, city: "Porto" } }),
    );
    expect(reused.code).toBe("UNPROCESSABLE_CONTENT");
    expect(domainCodeOf(reused)).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(await db.order.count()).toBe(1);
    expect((await caller.cart.get()).itemCount).toBe(1);
  });

  it("answers a concurrent duplicate with CHECKOUT_IN_PROGRESS, never a second order", async () => {
    const mug = await createProduct(db, categoryId, { stock: 5 });
    const { caller } = await buyerWith(mug.id);
    const key = randomUUID();
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => caller.checkout.placeOrder({ idempotencyKey: key, shippingAddress: address })),
    );
    const placed = results.filter((result) => result.status === "fulfilled").map((result) => result.value);
    const refused = results
      .filter((result) => result.status === "rejected")
      .map((result) => domainCodeOf(result.reason));
    expect(new Set(placed.map((order) => order.orderId)).size).toBe(1);
    expect(refused.every((code) => code === "CHECKOUT_IN_PROGRESS")).toBe(true);
    expect(await db.order.count()).toBe(1);
  });

  it("sells exactly the stock to 200 concurrent buyers: 10 orders, stock 0, the rest OUT_OF_STOCK", async () => {
    const product = await createProduct(db, categoryId, { stock: 10 });
    const buyers = [];
    for (let index = 0; index < 200; index++) buyers.push(await buyerWith(product.id));
    await db.product.update({ where: { id: product.id }, data: { stock: 10 } });
    const results = await Promise.allSettled(
      buyers.map(({ caller }) =>
        caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address }),
      ),
    );
    const succeeded = results.filter((result) => result.status === "fulfilled");
    const codes = results.filter((result) => result.status === "rejected").map((result) => domainCodeOf(result.reason));
    expect(succeeded).toHaveLength(10);
    expect(codes).toHaveLength(190);
    expect(new Set(codes)).toEqual(new Set(["OUT_OF_STOCK"]));
    expect(await db.order.count()).toBe(10);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(0);
  }, 120_000);

  it("locks multi-item carts in one order, so crossing carts do not deadlock", async () => {
    const a = await createProduct(db, categoryId, { stock: 100 });
    const b = await createProduct(db, categoryId, { stock: 100 });
    const buyers = [];
    for (let index = 0; index < 20; index++) {
      const buyer = await signedInCaller(db);
      const [first, second] = index % 2 === 0 ? [a, b] : [b, a];
      await buyer.caller.cart.addItem({ productId: first.id });
      await buyer.caller.cart.addItem({ productId: second.id });
      buyers.push(buyer);
    }
    const results = await Promise.allSettled(
      buyers.map(({ caller }) =>
        caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address }),
      ),
    );
    expect(results.every((result) => result.status === "fulfilled")).toBe(true);
    expect((await db.product.findUniqueOrThrow({ where: { id: a.id } })).stock).toBe(80);
  }, 60_000);

  it("refuses unverified accounts, empty carts and bad addresses", async () => {
    const mug = await createProduct(db, categoryId, { stock: 5 });
    const unverified = await signedInCaller(db, { verified: false });
    await unverified.caller.cart.addItem({ productId: mug.id });
    expect(
      domainCodeOf(
        await trpcErrorOf(
          unverified.caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address }),
        ),
      ),
    ).toBe("EMAIL_NOT_VERIFIED");
    const empty = await signedInCaller(db);
    expect(
      domainCodeOf(
        await trpcErrorOf(empty.caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address })),
      ),
    ).toBe("CART_EMPTY");
    const bad = await trpcErrorOf(
      empty.caller.checkout.placeOrder({
        idempotencyKey: "not-a-uuid",
        shippingAddress: { ...address, country: "Portugal" },
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(await db.order.count()).toBe(0);
  });
});

describe("checkout.placeOrder shipping addresses", () => {
  const street = { fullName: "Sam Rivera", line1: "1 Main Street" };
  const stored = { shipCity: true, shipRegion: true, shipPostalCode: true, shipCountry: true } as const;

  it("accepts US, Canadian, UK and French addresses, with the state where one is needed, postal codes as the post writes them", async () => {
    const mug = await createProduct(db, categoryId, { stock: 10 });
    const addresses = [
      { ...street, city: "Portland", region: "or", postalCode: "97201", country: "US" },
      { ...street, city: "Ottawa", region: "ON", postalCode: "k1a0b1", country: "CA" },
      { ...street, city: "London", postalCode: "sw1a 1aa", country: "GB" },
      { ...street, city: "Paris", postalCode: "75008", country: "fr" },
    ];
    const placed = [];
    for (const shippingAddress of addresses) {
      const { caller } = await buyerWith(mug.id);
      const { orderId } = await caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress });
      placed.push(await db.order.findUniqueOrThrow({ where: { id: orderId }, select: stored }));
    }
    expect(placed).toEqual([
      { shipCity: "Portland", shipRegion: "OR", shipPostalCode: "97201", shipCountry: "US" },
      { shipCity: "Ottawa", shipRegion: "ON", shipPostalCode: "K1A 0B1", shipCountry: "CA" },
      { shipCity: "London", shipRegion: null, shipPostalCode: "SW1A 1AA", shipCountry: "GB" },
      { shipCity: "Paris", shipRegion: null, shipPostalCode: "75008", shipCountry: "FR" },
    ]);
  });

  it("refuses a US address without a state or with a bad ZIP, and an unknown country: 400 with field messages, nothing written", async () => {
    const mug = await createProduct(db, categoryId, { stock: 5 });
    const { caller } = await buyerWith(mug.id);
    const refusal = async (shippingAddress: Record<string, string>) => {
      const error = await trpcErrorOf(
        caller.checkout.placeOrder({
          idempotencyKey: randomUUID(),
          shippingAddress: { ...street, ...shippingAddress } as never,
        }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.cause).toBeInstanceOf(ZodError);
      return (error.cause as ZodError).issues.map((issue) => [issue.path.join("."), issue.message]);
    };
    expect(await refusal({ city: "Portland", postalCode: "97201", country: "US" })).toEqual([
      ["shippingAddress.region", "Choose a state"],
    ]);
    expect(await refusal({ city: "Portland", region: "OR", postalCode: "9720", country: "US" })).toEqual([
      ["shippingAddress.postalCode", "Enter a US ZIP code, like 97201"],
    ]);
    expect(await refusal({ city: "Nowhere", postalCode: "12345", country: "XX" })).toEqual([
      ["shippingAddress.country", "Choose a country from the list"],
    ]);
    expect(await refusal({ city: "", region: "ZZ", postalCode: "x".repeat(21), country: "CA" })).toEqual([
      ["shippingAddress.city", "Enter the city"],
      ["shippingAddress.postalCode", "Postal code is too long (20 characters at most)"],
    ]);
    expect(await db.order.count()).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: mug.id } })).stock).toBe(5);
    expect((await caller.cart.get()).itemCount).toBe(1);
  });
});

// Carts the rules no longer let anyone build (left by an older build, or changed underneath by
// staff): checkout refuses them in words, and nothing changes.
describe("checkout totals", () => {
  async function buyerWithLines(lines: { productId: string; quantity: number }[]) {
    const buyer = await signedInCaller(db);
    const cart = await db.cart.create({ data: { userId: buyer.user.id }, select: { id: true } });
    await db.cartItem.createMany({ data: lines.map((line) => ({ cartId: cart.id, ...line })) });
    return buyer;
  }

  async function expectNothingChanged(productIds: string[], stock: number) {
    expect(await db.order.count()).toBe(0);
    expect(await db.idempotencyKey.count()).toBe(0);
    for (const id of productIds) expect((await db.product.findUniqueOrThrow({ where: { id } })).stock).toBe(stock);
  }

  it("never adds two currencies: a cart of USD and EUR lines is refused with CART_CURRENCY_MISMATCH", async () => {
    const mug = await createProduct(db, categoryId, { stock: 5 });
    const vase = await createProduct(db, categoryId, { stock: 5, currency: "EUR" });
    const { caller } = await buyerWithLines([
      { productId: mug.id, quantity: 1 },
      { productId: vase.id, quantity: 1 },
    ]);
    expect((await caller.cart.get()).canCheckout).toBe(false);
    const refused = await trpcErrorOf(
      caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address }),
    );
    expect([refused.code, domainCodeOf(refused)]).toEqual(["CONFLICT", "CART_CURRENCY_MISMATCH"]);
    await expectNothingChanged([mug.id, vase.id], 5);
  });

  const overLimit: [string, { priceCents: number; quantity: number }[]][] = [
    [
      "just past the order limit",
      [
        { priceCents: MAX_PRICE_CENTS, quantity: 10 },
        { priceCents: 1, quantity: 1 },
      ],
    ],
    // 3 × 99 × 100,000.00: past what PostgreSQL's int4 columns hold.
    ["past the int4 range", Array.from({ length: 3 }, () => ({ priceCents: MAX_PRICE_CENTS, quantity: 99 }))],
  ];
  it.each(overLimit)("refuses an order %s with ORDER_TOTAL_TOO_LARGE, changing nothing", async (_label, lines) => {
    const products = [];
    for (const line of lines)
      products.push({
        ...line,
        productId: (await createProduct(db, categoryId, { priceCents: line.priceCents, stock: 100 })).id,
      });
    const { caller } = await buyerWithLines(products.map(({ productId, quantity }) => ({ productId, quantity })));
    const refused = await trpcErrorOf(
      caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address }),
    );
    expect([refused.code, domainCodeOf(refused)]).toEqual(["UNPROCESSABLE_CONTENT", "ORDER_TOTAL_TOO_LARGE"]);
    await expectNothingChanged(
      products.map((product) => product.productId),
      100,
    );
  });

  it("places an order of exactly the limit", async () => {
    const piano = await createProduct(db, categoryId, { priceCents: MAX_PRICE_CENTS, stock: 10 });
    const { caller } = await buyerWith(piano.id, 10);
    const { orderId } = await caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address });
    expect(
      await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { totalCents: true, shippingCents: true } }),
    ).toEqual({ totalCents: MAX_ORDER_TOTAL_CENTS, shippingCents: 0 });
  });
});
