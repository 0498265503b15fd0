import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { sha256Hex } from "../auth/opaque-token";
import { db } from "../db";
import { MAX_PRICE_CENTS } from "../catalog/product-admin.schema";
import { MAX_ORDER_TOTAL_CENTS } from "../checkout/pricing";
import { MAX_LINE_QUANTITY } from "./cart-limits";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { cookieValue } from "../../tests/support/http";

let mug: { id: string };
let lamp: { id: string };
let soldOut: { id: string };

beforeEach(async () => {
  const category = await createCategory(db);
  mug = await createProduct(db, category.id, { priceCents: 2400, stock: 5 });
  lamp = await createProduct(db, category.id, { priceCents: 8900, stock: 2 });
  soldOut = await createProduct(db, category.id, { stock: 0 });
});

async function guestWithCart() {
  const first = await anonymousCaller();
  await first.caller.cart.addItem({ productId: mug.id, quantity: 2 });
  const token = cookieValue(first.resHeaders.getSetCookie(), "sf_cart") ?? "";
  return { token, ...(await anonymousCaller({ cookie: `sf_cart=${token}` })) };
}

describe("guest cart", () => {
  it("lives behind an httpOnly cookie, with live totals from database prices", async () => {
    const first = await anonymousCaller();
    const cart = await first.caller.cart.addItem({ productId: mug.id, quantity: 2 });
    expect(first.resHeaders.getSetCookie().find((c) => c.startsWith("sf_cart="))).toMatch(/HttpOnly/);
    expect(cart).toMatchObject({
      itemCount: 2,
      subtotal: { amountCents: 4800, currency: "USD" },
      shipping: { amountCents: 500, currency: "USD" },
      total: { amountCents: 5300, currency: "USD" },
      canCheckout: true,
    });
    const { caller } = await guestWithCart();
    expect((await caller.cart.get()).itemCount).toBe(2);
    expect((await (await anonymousCaller()).caller.cart.get()).itemCount).toBe(0);
  });

  it("changes and removes quantities", async () => {
    const { caller } = await guestWithCart();
    // 4 × 24.00 crosses the free-shipping threshold.
    expect(await caller.cart.setQuantity({ productId: mug.id, quantity: 4 })).toMatchObject({
      subtotal: { amountCents: 9600 },
      shipping: { amountCents: 0 },
      total: { amountCents: 9600 },
    });
    expect((await caller.cart.removeItem({ productId: mug.id })).lines).toEqual([]);
  });

  it("refuses a line past the per-line maximum with QUANTITY_LIMIT_EXCEEDED, keeping the line", async () => {
    const { caller } = await guestWithCart();
    const bulk = await createProduct(db, (await createCategory(db)).id, { stock: 500 });
    await caller.cart.addItem({ productId: bulk.id, quantity: MAX_LINE_QUANTITY });
    const refused = await trpcErrorOf(caller.cart.addItem({ productId: bulk.id, quantity: 1 }));
    expect([refused.code, domainCodeOf(refused)]).toEqual(["BAD_REQUEST", "QUANTITY_LIMIT_EXCEEDED"]);
    expect((await caller.cart.get()).lines.find((line) => line.productId === bulk.id)?.quantity).toBe(
      MAX_LINE_QUANTITY,
    );
  });

  it("enforces stock with a clear code and the amount available, changing nothing", async () => {
    const { caller } = await guestWithCart();
    const tooMany = await trpcErrorOf(caller.cart.addItem({ productId: mug.id, quantity: 4 }));
    expect(domainCodeOf(tooMany)).toBe("INSUFFICIENT_STOCK");
    expect((tooMany.cause as { details?: unknown }).details).toEqual({ available: 5 });
    expect(domainCodeOf(await trpcErrorOf(caller.cart.addItem({ productId: soldOut.id })))).toBe("OUT_OF_STOCK");
    expect((await caller.cart.get()).itemCount).toBe(2);
  });

  it("flags lines that went out of stock after being added", async () => {
    const { caller } = await guestWithCart();
    await db.product.update({ where: { id: mug.id }, data: { stock: 1 } });
    const cart = await caller.cart.get();
    expect(cart.lines[0]).toMatchObject({ problem: "INSUFFICIENT_STOCK", available: 1 });
    expect(cart.canCheckout).toBe(false);
  });
});

describe("merging on sign-in", () => {
  it("adds the guest's lines to the account's cart, capped at stock, and forgets the guest cart", async () => {
    const signed = await signedInCaller(db, { email: "merge-me@shopfront.test" });
    await signed.caller.cart.addItem({ productId: lamp.id, quantity: 1 });
    await signed.caller.cart.addItem({ productId: mug.id, quantity: 4 });
    const guest = await guestWithCart();
    await guest.caller.cart.addItem({ productId: lamp.id, quantity: 1 });
    await guest.caller.auth.signIn({ email: signed.user.email, password: signed.user.password });

    expect(guest.resHeaders.getSetCookie().find((c) => c.startsWith("sf_cart="))).toContain("Max-Age=0");
    const merged = await signed.caller.cart.get();
    const quantities = Object.fromEntries(merged.lines.map((line) => [line.productId, line.quantity]));
    expect(quantities).toEqual({ [lamp.id]: 2, [mug.id]: 5 });
    expect(await db.cart.count({ where: { guestTokenHash: { not: null } } })).toBe(0);
  });

  it("makes one cart when a shopper without one adds to it twice at the same time (a double click)", async () => {
    const signed = await signedInCaller(db, { email: "first-add@shopfront.test" });
    await Promise.all([1, 2, 3].map(() => signed.caller.cart.addItem({ productId: mug.id, quantity: 1 })));
    const cart = await signed.caller.cart.get();
    expect(cart.lines.map((line) => [line.productId, line.quantity])).toEqual([[mug.id, 3]]);
    expect(await db.cart.count({ where: { userId: signed.user.id } })).toBe(1);
  });

  it("adds the guest's lines once when sign-in is sent twice at the same time (a double click)", async () => {
    const signed = await signedInCaller(db, { email: "double-click@shopfront.test" });
    const guest = await guestWithCart();
    const sameCookie = await Promise.all([1, 2, 3].map(() => anonymousCaller({ cookie: `sf_cart=${guest.token}` })));
    await Promise.all(
      sameCookie.map(({ caller }) => caller.auth.signIn({ email: signed.user.email, password: signed.user.password })),
    );

    const merged = await signed.caller.cart.get();
    expect(merged.lines.map((line) => [line.productId, line.quantity])).toEqual([[mug.id, 2]]);
    expect(await db.cart.count({ where: { guestTokenHash: { not: null } } })).toBe(0);
  });
});

// A sign-in merges a guest cart and deletes it; an Add to cart of that guest (another tab) may
// have found the cart a moment before and be waiting to lock it. It must not fail.
describe("a cart deleted while a request waits to lock it", () => {
  it("adds the line to a new cart instead of failing", async () => {
    const guest = await guestWithCart();
    const { id: cartId } = await db.cart.findUniqueOrThrow({ where: { guestTokenHash: sha256Hex(guest.token) } });
    const merge = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await merge.connect();
    try {
      await merge.query("BEGIN");
      await merge.query("SELECT id FROM carts WHERE id = $1 FOR UPDATE", [cartId]);
      const adding = guest.caller.cart.addItem({ productId: lamp.id, quantity: 1 });
      // The request has found the cart and waits for its lock.
      const waiting = () =>
        merge
          .query(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
          )
          .then(({ rows }) => rows[0].n as number);
      while ((await waiting()) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      await merge.query("DELETE FROM carts WHERE id = $1", [cartId]);
      await merge.query("COMMIT");

      const cart = await adding;
      expect(cart.lines.map((line) => [line.productId, line.quantity])).toEqual([[lamp.id, 1]]);
      const remade = await db.cart.findUniqueOrThrow({ where: { guestTokenHash: sha256Hex(guest.token) } });
      expect(remade.id).not.toBe(cartId);
    } finally {
      await merge.end();
    }
  });
});

describe("one currency per cart", () => {
  it("refuses a line of another currency with CART_CURRENCY_MISMATCH, guest or signed in, changing nothing", async () => {
    const euroVase = await createProduct(db, (await createCategory(db)).id, {
      currency: "EUR",
      priceCents: 3100,
      stock: 5,
    });
    const guest = await guestWithCart();
    const signed = await signedInCaller(db);
    await signed.caller.cart.addItem({ productId: mug.id });
    for (const { caller } of [guest, signed]) {
      for (const change of [
        () => caller.cart.addItem({ productId: euroVase.id }),
        () => caller.cart.setQuantity({ productId: euroVase.id, quantity: 1 }),
      ]) {
        const refused = await trpcErrorOf(change());
        expect([refused.code, domainCodeOf(refused)]).toEqual(["CONFLICT", "CART_CURRENCY_MISMATCH"]);
        expect((refused.cause as { details?: unknown }).details).toEqual({
          cartCurrency: "USD",
          productCurrency: "EUR",
        });
      }
      expect((await caller.cart.get()).lines.map((line) => line.productId)).toEqual([mug.id]);
    }
    // Once the cart is empty, another currency is fine.
    await signed.caller.cart.removeItem({ productId: mug.id });
    expect((await signed.caller.cart.addItem({ productId: euroVase.id })).total).toEqual({
      amountCents: 3600,
      currency: "EUR",
    });
  });

  it("never adds amounts of two currencies: a cart left holding both totals its own and cannot check out", async () => {
    const euroVase = await createProduct(db, (await createCategory(db)).id, {
      currency: "EUR",
      priceCents: 3100,
      stock: 5,
    });
    const signed = await signedInCaller(db);
    await signed.caller.cart.addItem({ productId: mug.id, quantity: 2 });
    // As an older build (or a product whose currency changed) could leave it.
    const cart = await db.cart.findUniqueOrThrow({ where: { userId: signed.user.id } });
    await db.cartItem.create({ data: { cartId: cart.id, productId: euroVase.id, quantity: 1 } });

    const mixed = await signed.caller.cart.get();
    expect(mixed).toMatchObject({
      subtotal: { amountCents: 4800, currency: "USD" },
      total: { amountCents: 5300, currency: "USD" },
      canCheckout: false,
      itemCount: 3,
    });
    expect(mixed.lines.map((line) => [line.productId, line.problem])).toEqual([
      [mug.id, null],
      [euroVase.id, "CURRENCY_MISMATCH"],
    ]);
    // Growing any line stays refused; lowering and removing always work.
    expect(domainCodeOf(await trpcErrorOf(signed.caller.cart.addItem({ productId: mug.id })))).toBe(
      "CART_CURRENCY_MISMATCH",
    );
    expect((await signed.caller.cart.setQuantity({ productId: mug.id, quantity: 1 })).subtotal.amountCents).toBe(2400);
    const fixed = await signed.caller.cart.removeItem({ productId: euroVase.id });
    expect(fixed).toMatchObject({ canCheckout: true, problem: null, total: { amountCents: 2900, currency: "USD" } });
  });
});

describe("order limit", () => {
  it("refuses a change that would take the cart past what one order may total, changing nothing", async () => {
    const piano = await createProduct(db, (await createCategory(db)).id, { priceCents: MAX_PRICE_CENTS, stock: 50 });
    const first = await anonymousCaller();
    // 10 at the highest price is exactly the limit; anything more is too much.
    const atLimit = await first.caller.cart.addItem({ productId: piano.id, quantity: 10 });
    expect(atLimit).toMatchObject({ total: { amountCents: MAX_ORDER_TOTAL_CENTS }, canCheckout: true, problem: null });
    const { caller } = await anonymousCaller({
      cookie: `sf_cart=${cookieValue(first.resHeaders.getSetCookie(), "sf_cart")}`,
    });
    const changes = [
      () => caller.cart.addItem({ productId: piano.id }),
      () => caller.cart.setQuantity({ productId: piano.id, quantity: 11 }),
      () => caller.cart.addItem({ productId: mug.id }),
    ];
    for (const change of changes) {
      const refused = await trpcErrorOf(change());
      expect([refused.code, domainCodeOf(refused)]).toEqual(["UNPROCESSABLE_CONTENT", "ORDER_TOTAL_TOO_LARGE"]);
    }
    expect((await caller.cart.get()).lines.map((line) => [line.productId, line.quantity])).toEqual([[piano.id, 10]]);
  });

  it("says so when prices rose past the limit after the lines were added", async () => {
    const piano = await createProduct(db, (await createCategory(db)).id, { priceCents: 9_000_000, stock: 50 });
    const { caller } = await signedInCaller(db);
    await caller.cart.addItem({ productId: piano.id, quantity: 11 });
    expect(await caller.cart.get()).toMatchObject({ canCheckout: true, problem: null });
    await db.product.update({ where: { id: piano.id }, data: { priceCents: MAX_PRICE_CENTS } });
    expect(await caller.cart.get()).toMatchObject({
      total: { amountCents: 11 * MAX_PRICE_CENTS },
      canCheckout: false,
      problem: "ORDER_TOTAL_TOO_LARGE",
    });
  });
});

describe("merging a guest cart of another currency on sign-in", () => {
  async function guestCartOf(productId: string) {
    const first = await anonymousCaller();
    await first.caller.cart.addItem({ productId });
    return anonymousCaller({ cookie: `sf_cart=${cookieValue(first.resHeaders.getSetCookie(), "sf_cart")}` });
  }

  it("keeps the account cart's currency and reports the guest lines it left out", async () => {
    const euroVase = await createProduct(db, (await createCategory(db)).id, {
      name: "Euro Vase",
      currency: "EUR",
      stock: 5,
    });
    const signed = await signedInCaller(db);
    await signed.caller.cart.addItem({ productId: lamp.id });
    const guest = await guestCartOf(euroVase.id);
    const { cartLinesLeftOut } = await guest.caller.auth.signIn({
      email: signed.user.email,
      password: signed.user.password,
    });
    expect(cartLinesLeftOut).toEqual([{ productId: euroVase.id, name: "Euro Vase", reason: "CART_CURRENCY_MISMATCH" }]);
    expect((await signed.caller.cart.get()).lines.map((line) => line.productId)).toEqual([lamp.id]);
    expect(await db.cart.count({ where: { guestTokenHash: { not: null } } })).toBe(0);
  });

  it("takes the guest's currency when the account cart is empty, and reports nothing", async () => {
    const euroVase = await createProduct(db, (await createCategory(db)).id, {
      currency: "EUR",
      priceCents: 3100,
      stock: 5,
    });
    const signed = await signedInCaller(db);
    const guest = await guestCartOf(euroVase.id);
    expect(
      (await guest.caller.auth.signIn({ email: signed.user.email, password: signed.user.password })).cartLinesLeftOut,
    ).toEqual([]);
    expect((await signed.caller.cart.get()).total).toEqual({ amountCents: 3600, currency: "EUR" });
  });

  it("leaves out guest lines that would take the account cart past the order limit", async () => {
    const piano = await createProduct(db, (await createCategory(db)).id, { priceCents: MAX_PRICE_CENTS, stock: 50 });
    const signed = await signedInCaller(db);
    await signed.caller.cart.addItem({ productId: piano.id, quantity: 10 });
    const guest = await guestCartOf(mug.id);
    const { cartLinesLeftOut } = await guest.caller.auth.signIn({
      email: signed.user.email,
      password: signed.user.password,
    });
    expect(cartLinesLeftOut).toEqual([
      { productId: mug.id, name: expect.any(String), reason: "ORDER_TOTAL_TOO_LARGE" },
    ]);
    expect((await signed.caller.cart.get()).lines.map((line) => [line.productId, line.quantity])).toEqual([
      [piano.id, 10],
    ]);
  });
});
