// The product cards of every list (home, categories, search, featured), the shop's hottest read,
// in one SQL statement sent straight to the pool. It is the read `findMany({ select:
// productCardSelect })` describes (catalog.repo.ts), which Prisma 6 runs as two statements
// (products, then their first images) after compiling the query on the main thread, every call:
// 3-5× the CPU of this one; `$queryRaw` is compiled per call too (BENCHMARKS.md, product.list;
// docs/decisions/045 and 046). product-cards.int.test.ts checks that both return the same rows for
// every filter below.
import "server-only";
import { db } from "../db";
import { queryRowsOnPool } from "../prisma-factory";
import { Prisma } from "../generated/prisma/client";
import type { ProductCardRow } from "./catalog.repo";
import type { Keyset } from "./cursor";

type CardImage = ProductCardRow["images"][number];

// The lateral join gives all four image columns (NOT NULL in the table) or, for a product with no
// ready image, none.
type ImageColumns =
  | { imageStorageKey: string; imageAlt: string; imageWidth: number; imageHeight: number }
  | { imageStorageKey: null; imageAlt: null; imageWidth: null; imageHeight: null };

type CardSqlRow = Omit<ProductCardRow, "images"> & ImageColumns;

function imagesOf(row: ImageColumns): CardImage[] {
  if (row.imageStorageKey === null) return [];
  return [{ storageKey: row.imageStorageKey, alt: row.imageAlt, width: row.imageWidth, height: row.imageHeight }];
}

const NEWEST_FIRST = Prisma.sql`ORDER BY p."createdAt" DESC, p.id DESC`;

// Visible to shoppers (catalog.repo's visibleProduct), each with its first READY image.
async function selectCards(filter: Prisma.Sql, orderAndLimit: Prisma.Sql): Promise<ProductCardRow[]> {
  const rows = await queryRowsOnPool<CardSqlRow>(
    db,
    Prisma.sql`
    SELECT p.id, p.slug, p.name, p."priceCents", p.currency, p.stock, p."ratingCount", p."ratingSum",
           p."createdAt", i."storageKey" AS "imageStorageKey", i.alt AS "imageAlt",
           i.width AS "imageWidth", i.height AS "imageHeight"
    FROM products p
    LEFT JOIN LATERAL (
      SELECT "storageKey", alt, width, height FROM product_images
      WHERE "productId" = p.id AND status = 'READY'
      ORDER BY position, id
      LIMIT 1
    ) i ON true
    WHERE p.active AND p."deletedAt" IS NULL AND ${filter}
    ${orderAndLimit}`,
  );
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    priceCents: row.priceCents,
    currency: row.currency,
    stock: row.stock,
    ratingCount: row.ratingCount,
    ratingSum: row.ratingSum,
    createdAt: row.createdAt,
    images: imagesOf(row),
  }));
}

// Newest first, keyset-paginated on (createdAt, id) so pages never skip or repeat rows.
export function listProducts(options: { categoryId?: string; after?: Keyset; take: number }) {
  const { categoryId, after } = options;
  const inCategory = categoryId ? Prisma.sql`p."categoryId" = ${categoryId}::uuid` : Prisma.sql`true`;
  // Rows strictly after the keyset in (createdAt DESC, id DESC) order; the (createdAt, id) index serves it.
  const afterKeyset = after
    ? Prisma.sql`(p."createdAt", p.id) < (${after.createdAt}::timestamp(3), ${after.id}::uuid)`
    : Prisma.sql`true`;
  return selectCards(Prisma.sql`${inCategory} AND ${afterKeyset}`, Prisma.sql`${NEWEST_FIRST} LIMIT ${options.take}`);
}

export function listFeaturedProducts(take: number) {
  return selectCards(Prisma.sql`p.featured`, Prisma.sql`${NEWEST_FIRST} LIMIT ${take}`);
}

// In no particular order: callers order by their own list (search ranking, a cart's lines).
export function listProductsByIds(ids: string[]) {
  return selectCards(Prisma.sql`p.id = ANY(${ids}::uuid[])`, Prisma.empty);
}
