// Seeds the catalog and two accounts, once: a database that already has categories is left alone.
// Run by scripts/dev.ts; by hand: npm run db:seed.
import { statSync } from "node:fs";
import type { Db, DbExecutor } from "../server/prisma-factory";
import { createUser } from "../tests/factories/user.factory";
import { createProduct } from "../tests/factories/catalog.factory";
import { seedCategories, seedProducts } from "./seed-data/catalog";

export const SEED_ACCOUNTS = {
  admin: {
    email: "admin@shopfront.test",
    password: "staff-only-paperclip-42",
    name: "Ada Admin",
    role: "ADMIN" as const,
  },
  shopper: {
    email: "shopper@shopfront.test",
    password: "window-shopping-tuesday-7",
    name: "Sam Shopper",
    role: "USER" as const,
  },
};

const DAY_MS = 86_400_000;

// All or nothing: one transaction, so an interrupted seed leaves an empty database that the
// next start seeds again, never a half-seeded one that "runs once" would skip.
export function seed(db: Db): Promise<{ seeded: boolean }> {
  return db.$transaction((tx) => seedInTransaction(tx), { timeout: 120_000, maxWait: 10_000 });
}

async function seedInTransaction(db: DbExecutor): Promise<{ seeded: boolean }> {
  if ((await db.category.count()) > 0) return { seeded: false };

  for (const account of Object.values(SEED_ACCOUNTS)) {
    await createUser(db, { ...account, verified: true }, { fastHash: false });
  }

  const categoryIds = new Map<string, string>();
  for (const category of seedCategories) {
    const created = await db.category.create({ data: category, select: { id: true } });
    categoryIds.set(category.slug, created.id);
  }

  // Spread creation times over past days so "newest first" has a meaningful order.
  const now = Date.now();
  for (const [index, product] of seedProducts.entries()) {
    const categoryId = categoryIds.get(product.categorySlug);
    if (!categoryId) throw new Error(`seed product ${product.slug} names unknown category ${product.categorySlug}`);
    await createProduct(
      db,
      categoryId,
      {
        slug: product.slug,
        name: product.name,
        description: product.description,
        priceCents: product.priceCents,
        currency: product.currency,
        stock: product.stock,
        featured: product.featured,
        createdAt: new Date(now - (seedProducts.length - index) * DAY_MS),
      },
      product.images.map((image) => ({
        storageKey: `static/${image.file}`,
        alt: image.alt,
        width: image.width,
        height: image.height,
        contentType: "image/webp",
        sizeBytes: statSync(`public/${image.file}`).size,
      })),
    );
  }
  return { seeded: true };
}
