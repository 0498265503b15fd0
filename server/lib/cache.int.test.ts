import { describe, expect, it } from "vitest";
import { db } from "../db";
import { cached, jitteredTtlSeconds } from "./cache";
import { redis } from "../redis";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";

describe("cache-aside", () => {
  it("recomputes a missing key once however many readers arrive together (no stampede)", async () => {
    let computations = 0;
    const compute = async () => {
      computations += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { at: new Date("2026-01-01T00:00:00Z"), n: 42 };
    };
    const results = await Promise.all(Array.from({ length: 25 }, () => cached("test:stampede", 60, compute)));
    expect(computations).toBe(1);
    expect(results.every((value) => value.n === 42 && value.at instanceof Date)).toBe(true);
    expect(await redis?.ttl("test:stampede")).toBeGreaterThan(40);
  });

  it("spreads expiries with ±20 % jitter", () => {
    expect(jitteredTtlSeconds(100, 0)).toBe(80);
    expect(jitteredTtlSeconds(100, 1)).toBe(120);
    expect(jitteredTtlSeconds(100, 0.5)).toBe(100);
  });

  it("does not serve stale stock after a purchase", async () => {
    const category = await createCategory(db);
    const product = await createProduct(db, category.id, { slug: "cached-mug", stock: 1 });
    const { caller } = await anonymousCaller();
    expect((await caller.product.get({ slug: "cached-mug" })).stockStatus).toBe("LOW_STOCK");
    const buyer = await signedInCaller(db);
    await buyer.caller.cart.addItem({ productId: product.id });
    await buyer.caller.checkout.placeOrder({
      idempotencyKey: crypto.randomUUID(),
      shippingAddress: { fullName: "A", line1: "1", city: "C", postalCode: "1100-148", country: "PT" },
    });
    expect((await caller.product.get({ slug: "cached-mug" })).stockStatus).toBe("OUT_OF_STOCK");
  });
});
