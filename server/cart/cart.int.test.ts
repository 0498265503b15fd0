import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
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
});
