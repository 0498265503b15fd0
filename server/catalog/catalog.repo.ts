import "server-only";
import { db, type DbTransaction } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { refusePrismaErrors } from "../repo-errors";

// Visible to shoppers: active, not soft-deleted.
export const visibleProduct = { active: true, deletedAt: null } satisfies Prisma.ProductWhereInput;

const readyImages = {
  where: { status: "READY" },
  orderBy: [{ position: "asc" }, { id: "asc" }],
  select: { storageKey: true, alt: true, width: true, height: true },
} satisfies Prisma.Product$imagesArgs;

// The card lists themselves are read in raw SQL (product-cards.repo.ts); this select is their
// reference shape, which the product page extends and product-cards.int.test.ts compares with.
export const productCardSelect = {
  id: true,
  slug: true,
  name: true,
  priceCents: true,
  currency: true,
  stock: true,
  ratingCount: true,
  ratingSum: true,
  createdAt: true,
  images: { ...readyImages, take: 1 },
} satisfies Prisma.ProductSelect;

export type ProductCardRow = Prisma.ProductGetPayload<{ select: typeof productCardSelect }>;

const productDetailSelect = {
  ...productCardSelect,
  description: true,
  images: readyImages,
  category: { select: { slug: true, name: true } },
} satisfies Prisma.ProductSelect;

export type ProductDetailRow = Prisma.ProductGetPayload<{ select: typeof productDetailSelect }>;

const categorySelect = { id: true, slug: true, name: true, description: true } satisfies Prisma.CategorySelect;

export function findProductBySlug(slug: string) {
  return db.product.findFirst({ where: { ...visibleProduct, slug }, select: productDetailSelect });
}

export function listCategories() {
  return db.category.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: categorySelect });
}

export function findCategoryBySlug(slug: string) {
  return db.category.findUnique({ where: { slug }, select: categorySelect });
}

// The rating aggregate list pages read (sum and count, so no per-product query). A product
// gone meanwhile is PRODUCT_NOT_FOUND, not a server error.
export async function adjustRating(
  tx: DbTransaction,
  productId: string,
  change: { sum: number; count: number },
): Promise<void> {
  await tx.product
    .update({
      where: { id: productId },
      data: { ratingSum: { increment: change.sum }, ratingCount: { increment: change.count } },
      select: { id: true },
    })
    .catch(refusePrismaErrors({ P2025: ["PRODUCT_NOT_FOUND", "This product is no longer available"] }));
}
