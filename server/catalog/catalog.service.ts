import "server-only";
import type { DbTransaction } from "../db";
import { DomainError } from "../lib/errors";
import { mediaUrl } from "../lib/media-url";
import * as catalogRepo from "./catalog.repo";
import * as productCardsRepo from "./product-cards.repo";
import { cachedCatalogRead, cachedProductRead } from "./catalog-cache";
import { decodeCursor, encodeCursor } from "./cursor";
import type { ListProductsInput, ProductCard, ProductDetail, ProductPage } from "./catalog.schema";
import { stockStatus } from "./stock-status";

const FEATURED_COUNT = 8;

function rating(row: { ratingCount: number; ratingSum: number }) {
  return { average: row.ratingCount > 0 ? row.ratingSum / row.ratingCount : null, count: row.ratingCount };
}

// Shared with order lines, which show the product's first image.
export function toImage(image: { storageKey: string; alt: string; width: number; height: number }) {
  return { url: mediaUrl(image.storageKey), alt: image.alt, width: image.width, height: image.height };
}

function toCard(row: catalogRepo.ProductCardRow): ProductCard {
  const first = row.images[0];
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    price: { amountCents: row.priceCents, currency: row.currency },
    stockStatus: stockStatus(row.stock),
    image: first ? toImage(first) : null,
    rating: rating(row),
  };
}

// First pages are the hot ones (home, category landing); deeper pages read through.
export function listProducts(input: ListProductsInput): Promise<ProductPage> {
  if (input.cursor) return listProductsUncached(input);
  return cachedCatalogRead(`list:${input.categorySlug ?? "*"}:${input.limit}`, () => listProductsUncached(input));
}

async function listProductsUncached(input: ListProductsInput): Promise<ProductPage> {
  let categoryId: string | undefined;
  if (input.categorySlug) {
    const category = await catalogRepo.findCategoryBySlug(input.categorySlug);
    if (!category) throw new DomainError("CATEGORY_NOT_FOUND", "No such category");
    categoryId = category.id;
  }
  const rows = await productCardsRepo.listProducts({
    ...(categoryId ? { categoryId } : {}),
    ...(input.cursor ? { after: decodeCursor(input.cursor) } : {}),
    take: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toCard),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null,
  };
}

// Cards for the given ids in the given order, in one query (search pages, carts).
export async function productCardsByIds(ids: string[]): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  const rows = await productCardsRepo.listProductsByIds(ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toCard(row)] : [];
  });
}

export function listFeaturedProducts(): Promise<ProductCard[]> {
  return cachedCatalogRead("featured", async () =>
    (await productCardsRepo.listFeaturedProducts(FEATURED_COUNT)).map(toCard),
  );
}

export function getProduct(slug: string): Promise<ProductDetail> {
  return cachedProductRead(slug, () => getProductUncached(slug));
}

async function getProductUncached(slug: string): Promise<ProductDetail> {
  const row = await catalogRepo.findProductBySlug(slug);
  if (!row) throw new DomainError("PRODUCT_NOT_FOUND", "This product does not exist or is no longer sold");
  const { image: _card, ...card } = toCard(row);
  return {
    ...card,
    description: row.description,
    stock: row.stock,
    category: row.category,
    images: row.images.map(toImage),
  };
}

export function listCategories() {
  return cachedCatalogRead("categories", () => catalogRepo.listCategories());
}

export async function getCategory(slug: string) {
  const category = await catalogRepo.findCategoryBySlug(slug);
  if (!category) throw new DomainError("CATEGORY_NOT_FOUND", "No such category");
  return category;
}

// A review was added (count +1) or re-rated (sum only), in the review's own transaction.
export function recordRatingChange(
  tx: DbTransaction,
  productId: string,
  change: { sum: number; count: number },
): Promise<void> {
  return catalogRepo.adjustRating(tx, productId, change);
}
