import { TRPCError } from "@trpc/server";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";
import { domainCodeOf } from "../../tests/support/errors";

const image = {
  storageKey: "static/images/products/x-1.webp",
  alt: "x",
  width: 800,
  height: 800,
  contentType: "image/webp",
  sizeBytes: 1000,
};

async function expectTRPCError(promise: Promise<unknown>, code: TRPCError["code"]) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  return error as TRPCError;
}

describe("product.list", () => {
  let categoryId: string;

  beforeEach(async () => {
    categoryId = (await createCategory(db, { slug: "kitchen" })).id;
  });

  it("pages through every visible product exactly once, newest first, even with equal timestamps", async () => {
    const sameInstant = new Date("2026-05-01T10:00:00Z");
    const created = [];
    for (let index = 0; index < 7; index++) {
      created.push(
        await createProduct(
          db,
          categoryId,
          { createdAt: index < 4 ? sameInstant : new Date(sameInstant.getTime() + index * 1000) },
          [{ ...image, storageKey: `static/p-${index}.webp` }],
        ),
      );
    }
    const { caller } = await anonymousCaller();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller.product.list({ limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const expected = [...created]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((p) => p.id);
    expect(seen).toEqual(expected);
  });

  it("keeps a page boundary stable when newer products are inserted meanwhile", async () => {
    for (let index = 0; index < 4; index++)
      await createProduct(db, categoryId, { createdAt: new Date(Date.UTC(2026, 0, 1 + index)) });
    const { caller } = await anonymousCaller();
    const first = await caller.product.list({ limit: 2 });
    await createProduct(db, categoryId, { createdAt: new Date(Date.UTC(2026, 5, 1)) });
    const second = await caller.product.list({ limit: 2, cursor: first.nextCursor ?? "" });
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(4);
  });

  it("hides inactive and soft-deleted products", async () => {
    const visible = await createProduct(db, categoryId);
    await createProduct(db, categoryId, { active: false });
    await createProduct(db, categoryId, { deletedAt: new Date() });
    const { caller } = await anonymousCaller();
    const page = await caller.product.list({});
    expect(page.items.map((item) => item.id)).toEqual([visible.id]);
  });

  it("filters by category and reports stock status and price in minor units", async () => {
    const other = await createCategory(db, { slug: "bags" });
    await createProduct(db, other.id);
    const soldOut = await createProduct(db, categoryId, { stock: 0, priceCents: 1999 });
    const { caller } = await anonymousCaller();
    const page = await caller.product.list({ categorySlug: "kitchen" });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      id: soldOut.id,
      stockStatus: "OUT_OF_STOCK",
      price: { amountCents: 1999, currency: "USD" },
    });
  });

  it("answers an unknown category with CATEGORY_NOT_FOUND", async () => {
    const { caller } = await anonymousCaller();
    const error = await expectTRPCError(caller.product.list({ categorySlug: "nope" }), "NOT_FOUND");
    expect(error.cause).toMatchObject({ code: "CATEGORY_NOT_FOUND" });
  });

  it.each([
    [{ limit: 0 }],
    [{ limit: 1000 }],
    [{ limit: 2.5 }],
    [{ categorySlug: "Not A Slug!" }],
    [{ cursor: "x".repeat(500) }],
    [{ unexpected: true }],
  ])("refuses bad input %j with BAD_REQUEST", async (input) => {
    const { caller } = await anonymousCaller();
    await expectTRPCError(caller.product.list(input as never), "BAD_REQUEST");
  });

  it("accepts the direction tRPC infinite queries send, and a null first cursor", async () => {
    await createProduct(db, categoryId);
    const { caller } = await anonymousCaller();
    expect((await caller.product.list({ cursor: null, direction: "forward" })).items).toHaveLength(1);
  });

  it("refuses a forged cursor with BAD_REQUEST, not a 500", async () => {
    const { caller } = await anonymousCaller();
    await expectTRPCError(
      caller.product.list({ cursor: Buffer.from("bad|cursor").toString("base64url") }),
      "BAD_REQUEST",
    );
  });
});

// Every newest-first list pages with the same cursor (./cursor.ts). A date JavaScript holds but
// PostgreSQL cannot compare used to reach the query and answer 500.
describe("keyset cursors out of PostgreSQL's range", () => {
  const uuid = "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d";
  const cursors = [
    "+275760-09-13T00:00:00.000Z",
    "0000-01-01T00:00:00.000Z",
    "-271821-04-20T00:00:00.000Z",
    "+010000-01-01T00:00:00.000Z",
  ].map((iso) => Buffer.from(`${iso}|${uuid}`).toString("base64url"));

  it.each(cursors)(
    "are refused with BAD_REQUEST (INVALID_CURSOR) by product.list, review.list and order.list (%s)",
    async (cursor) => {
      const product = await createProduct(db, (await createCategory(db)).id);
      const { caller: anonymous } = await anonymousCaller();
      const { caller: shopper } = await signedInCaller(db);
      for (const call of [
        anonymous.product.list({ cursor }),
        anonymous.review.list({ productId: product.id, cursor }),
        shopper.order.list({ cursor }),
      ]) {
        expect(domainCodeOf(await expectTRPCError(call, "BAD_REQUEST"))).toBe("INVALID_CURSOR");
      }
    },
  );
});

describe("product.get", () => {
  it("returns the detail with ready images in order and the category", async () => {
    const category = await createCategory(db, { slug: "lighting", name: "Lighting" });
    const product = await createProduct(db, category.id, { slug: "desk-lamp", stock: 3 }, [
      { ...image, storageKey: "static/images/products/desk-lamp-1.webp" },
      { ...image, storageKey: "static/images/products/desk-lamp-2.webp" },
    ]);
    await db.productImage.create({
      data: { ...image, storageKey: "quarantine/x", productId: product.id, position: 9 },
    });
    const { caller } = await anonymousCaller();
    const detail = await caller.product.get({ slug: "desk-lamp" });
    expect(detail).toMatchObject({
      id: product.id,
      stock: 3,
      stockStatus: "LOW_STOCK",
      category: { slug: "lighting", name: "Lighting" },
    });
    expect(detail.images.map((i) => i.url)).toEqual([
      "/images/products/desk-lamp-1.webp",
      "/images/products/desk-lamp-2.webp",
    ]);
  });

  it("answers PRODUCT_NOT_FOUND for missing, inactive or deleted products", async () => {
    const category = await createCategory(db);
    await createProduct(db, category.id, { slug: "hidden", active: false });
    const { caller } = await anonymousCaller();
    for (const slug of ["missing", "hidden"]) {
      const error = await expectTRPCError(caller.product.get({ slug }), "NOT_FOUND");
      expect(error.cause).toMatchObject({ code: "PRODUCT_NOT_FOUND" });
    }
  });
});

describe("category.list", () => {
  it("orders categories by sortOrder", async () => {
    await createCategory(db, { slug: "b", sortOrder: 2 });
    await createCategory(db, { slug: "a", sortOrder: 1 });
    const { caller } = await anonymousCaller();
    expect((await caller.category.list()).map((c) => c.slug)).toEqual(["a", "b"]);
  });
});
