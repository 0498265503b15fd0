import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { anonymousCaller } from "../../tests/support/callers";
import { trpcErrorOf } from "../../tests/support/errors";

let kitchenId: string;

beforeEach(async () => {
  kitchenId = (await createCategory(db, { slug: "kitchen" })).id;
  const footwear = await createCategory(db, { slug: "footwear" });
  await createProduct(db, kitchenId, {
    slug: "stoneware-mug",
    name: "Speckled Stoneware Mug",
    description: "A generous mug for slow mornings.",
    priceCents: 2400,
    stock: 10,
  });
  await createProduct(db, kitchenId, {
    slug: "tea-bowl",
    name: "Glazed Tea Bowl",
    description: "Pairs well with any mug or teapot.",
    priceCents: 1800,
    stock: 0,
  });
  await createProduct(db, footwear.id, {
    slug: "wool-slipper",
    name: "Merino Wool Slipper",
    description: "Warm house shoes.",
    priceCents: 7900,
    stock: 3,
  });
  await createProduct(db, footwear.id, {
    slug: "court-sneaker",
    name: "Classic Court Sneaker",
    description: "Leather sneakers.",
    priceCents: 11000,
    stock: 8,
  });
  await createProduct(db, kitchenId, { slug: "hidden-mug", name: "Hidden Mug", active: false });
});

async function slugsOf(input: Record<string, unknown>): Promise<string[]> {
  const { caller } = await anonymousCaller();
  const page = await caller.search.products(input as never);
  const rows = await db.product.findMany({
    where: { id: { in: page.items.map((item) => item.id) } },
    select: { id: true, slug: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row.slug]));
  return page.items.map((item) => byId.get(item.id) ?? "?");
}

describe("search.products", () => {
  it("ranks a name match above a description-only match, and hides inactive products", async () => {
    expect(await slugsOf({ q: "mug" })).toEqual(["stoneware-mug", "tea-bowl"]);
  });

  it("finds by word prefix while typing", async () => {
    expect(await slugsOf({ q: "wool slipp" })).toEqual(["wool-slipper"]);
  });

  it.each([["sneker"], ["stonewear mug"], ["slipers"]])("tolerates the typo %j", async (q) => {
    expect((await slugsOf({ q })).length).toBeGreaterThan(0);
  });

  it("filters by category, price range and stock", async () => {
    expect(await slugsOf({ q: "", categorySlug: "kitchen", sort: "price_asc" })).toEqual(["tea-bowl", "stoneware-mug"]);
    expect(await slugsOf({ q: "", minPriceCents: 2000, maxPriceCents: 8000, sort: "price_asc" })).toEqual([
      "stoneware-mug",
      "wool-slipper",
    ]);
    expect(await slugsOf({ q: "mug", inStock: true })).toEqual(["stoneware-mug"]);
  });

  it("pages every sort without skipping or repeating", async () => {
    const { caller } = await anonymousCaller();
    for (const sort of ["price_asc", "price_desc", "newest", "relevance"] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = await caller.search.products({
          q: "",
          sort,
          limit: 1,
          cursor,
        });
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(4);
      expect(seen).toHaveLength(4);
    }
  });

  it("sorts by price both ways", async () => {
    expect(await slugsOf({ q: "", sort: "price_desc", limit: 2 })).toEqual(["court-sneaker", "wool-slipper"]);
  });

  it("refuses a minimum above the maximum, a cursor from another sort, and tsquery syntax does no harm", async () => {
    const { caller } = await anonymousCaller();
    expect((await trpcErrorOf(caller.search.products({ minPriceCents: 10, maxPriceCents: 5 }))).code).toBe(
      "BAD_REQUEST",
    );
    const page = await caller.search.products({ q: "", sort: "price_asc", limit: 1 });
    expect((await trpcErrorOf(caller.search.products({ q: "", sort: "newest", cursor: page.nextCursor }))).code).toBe(
      "BAD_REQUEST",
    );
    expect(await slugsOf({ q: "mug & | ! ( ) :* <->" })).toContain("stoneware-mug");
  });

  // PostgreSQL text cannot hold NUL, and a lone surrogate has no UTF-8 form: both used to reach
  // the query and answer 500.
  it.each(["mug\u0000", "\u0000mug", "mug \ud800", "\udfff"])(
    "refuses the unstorable query %j with BAD_REQUEST",
    async (q) => {
      const { caller } = await anonymousCaller();
      expect((await trpcErrorOf(caller.search.products({ q }))).code).toBe("BAD_REQUEST");
    },
  );

  it("still searches text with emoji (a well-formed surrogate pair)", async () => {
    expect(await slugsOf({ q: "☕ mug" })).toContain("stoneware-mug");
  });
});
