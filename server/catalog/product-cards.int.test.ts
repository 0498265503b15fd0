import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { productCardSelect, visibleProduct } from "./catalog.repo";
import { afterKeyset } from "./cursor";
import * as productCardsRepo from "./product-cards.repo";
import { queryCount } from "../../tests/support/query-counter";

// The raw SQL card reads must return exactly what Prisma's select describes: the same products,
// order, columns and first image. Prisma's own query is the reference here.
function reference(where: Prisma.ProductWhereInput, take?: number) {
  return db.product.findMany({
    where: { ...visibleProduct, ...where },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(take === undefined ? {} : { take }),
    select: productCardSelect,
  });
}

const imageFile = { contentType: "image/webp", sizeBytes: 1000, width: 800, height: 600 };

function addImage(productId: string, position: number, status: "READY" | "QUARANTINED", alt = "") {
  return db.productImage.create({
    data: { ...imageFile, productId, position, status, alt, storageKey: `media/${randomUUID()}.webp` },
  });
}

describe("product cards read in raw SQL", () => {
  let kitchenId: string;
  let gardenId: string;
  const ids: string[] = [];

  beforeEach(async () => {
    ids.length = 0;
    kitchenId = (await createCategory(db, { slug: "kitchen" })).id;
    gardenId = (await createCategory(db, { slug: "garden" })).id;
    const sameInstant = new Date("2026-05-01T10:00:00.123Z");
    for (let index = 0; index < 9; index++) {
      const product = await createProduct(db, index % 2 ? gardenId : kitchenId, {
        // Four share one instant (the keyset's id tie-break); the rest are a second apart.
        createdAt: index < 4 ? sameInstant : new Date(sameInstant.getTime() + index * 1000),
        featured: index % 3 === 0,
        active: index !== 5,
        deletedAt: index === 6 ? new Date() : null,
        stock: index,
      });
      ids.push(product.id);
    }
    // The first product has no image at all.
    const [, quarantinedFirst, twoReady, samePosition, onlyQuarantined] = ids as [
      string,
      string,
      string,
      string,
      string,
    ];
    await addImage(quarantinedFirst, 0, "QUARANTINED");
    await addImage(quarantinedFirst, 1, "READY", "the ready one");
    await addImage(twoReady, 2, "READY", "second");
    await addImage(twoReady, 1, "READY", "first");
    await addImage(samePosition, 0, "READY", "a");
    await addImage(samePosition, 0, "READY", "b");
    await addImage(onlyQuarantined, 0, "QUARANTINED");
  });

  it("list the visible products newest first, each with its first ready image", async () => {
    const expected = await reference({}, 20);
    expect(expected.length).toBe(7);
    expect(await productCardsRepo.listProducts({ take: 20 })).toEqual(expected);
    expect(await productCardsRepo.listProducts({ take: 3 })).toEqual(await reference({}, 3));
  });

  // Statement counts (the catalog cache's tests) must see these reads, which bypass Prisma.
  it("are one statement each, counted like Prisma's", async () => {
    expect(await queryCount(() => productCardsRepo.listProducts({ take: 3 }))).toBe(1);
    expect(await queryCount(() => productCardsRepo.listProductsByIds(ids))).toBe(1);
  });

  it("list one category's products", async () => {
    for (const categoryId of [kitchenId, gardenId]) {
      expect(await productCardsRepo.listProducts({ categoryId, take: 20 })).toEqual(
        await reference({ categoryId }, 20),
      );
    }
  });

  it("continue after any product's keyset, through equal timestamps", async () => {
    for (const product of await reference({}, 20)) {
      const after = { createdAt: product.createdAt, id: product.id };
      expect(await productCardsRepo.listProducts({ after, take: 3 })).toEqual(await reference(afterKeyset(after), 3));
      expect(await productCardsRepo.listProducts({ after, categoryId: kitchenId, take: 20 })).toEqual(
        await reference({ ...afterKeyset(after), categoryId: kitchenId }, 20),
      );
    }
  });

  it("list the featured products", async () => {
    const expected = await reference({ featured: true }, 8);
    expect(expected.length).toBeGreaterThan(1);
    expect(await productCardsRepo.listFeaturedProducts(8)).toEqual(expected);
  });

  // The pool's driver would read and write `timestamp` columns in local time; Prisma uses UTC.
  it("read and page by the same instants when the server's time zone is not UTC", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/Sao_Paulo";
    try {
      expect(new Date("2026-05-01T10:00:00Z").getTimezoneOffset()).not.toBe(0);
      const expected = await reference({}, 20);
      expect(await productCardsRepo.listProducts({ take: 20 })).toEqual(expected);
      const [, second] = expected;
      const after = { createdAt: second!.createdAt, id: second!.id };
      expect(await productCardsRepo.listProducts({ after, take: 20 })).toEqual(await reference(afterKeyset(after), 20));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("read cards by id, leaving out hidden, deleted and unknown products", async () => {
    const asked = [...ids, randomUUID()];
    const byId = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await productCardsRepo.listProductsByIds(asked))).toEqual(byId(await reference({ id: { in: asked } })));
    expect(await productCardsRepo.listProductsByIds([])).toEqual([]);
  });
});
