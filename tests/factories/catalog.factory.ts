// Categories and products: build* gives plain data, create* inserts it.
import { randomUUID } from "node:crypto";
import type { DbExecutor } from "../../server/prisma-factory";

export function buildCategory(
  overrides: Partial<{ slug: string; name: string; description: string; sortOrder: number }> = {},
) {
  const id = randomUUID().slice(0, 8);
  return { slug: `category-${id}`, name: `Category ${id}`, description: "", sortOrder: 0, ...overrides };
}

export function createCategory(db: DbExecutor, overrides: Parameters<typeof buildCategory>[0] = {}) {
  return db.category.create({ data: buildCategory(overrides), select: { id: true, slug: true, name: true } });
}

type ProductOverrides = Partial<{
  slug: string;
  name: string;
  description: string;
  priceCents: number;
  currency: string;
  stock: number;
  active: boolean;
  featured: boolean;
  deletedAt: Date | null;
  createdAt: Date;
}>;

export function buildProduct(overrides: ProductOverrides = {}) {
  const id = randomUUID().slice(0, 8);
  return {
    slug: `product-${id}`,
    name: `Product ${id}`,
    description: `A fine product ${id}.`,
    priceCents: 2500,
    currency: "USD",
    stock: 10,
    active: true,
    featured: false,
    deletedAt: null,
    ...overrides,
  };
}

export type ImageSeed = {
  storageKey: string;
  alt: string;
  width: number;
  height: number;
  contentType: string;
  sizeBytes: number;
};

export function createProduct(
  db: DbExecutor,
  categoryId: string,
  overrides: ProductOverrides = {},
  images: ImageSeed[] = [],
) {
  return db.product.create({
    data: {
      ...buildProduct(overrides),
      categoryId,
      images: { create: images.map((image, position) => ({ ...image, position, status: "READY" as const })) },
    },
    select: { id: true, slug: true, name: true, priceCents: true, stock: true, createdAt: true },
  });
}
