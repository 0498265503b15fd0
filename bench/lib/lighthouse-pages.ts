// The shop pages issue 13 measures, picked from the seed catalog so they exist on every seeded
// server: the home page, the first kitchen product, a search for a word of its name, and its
// category. Shared by bench/lighthouse.bench.ts and tests/e2e/first-load-js.spec.ts, so the
// budget guards the same pages the bench scores.
import { seedCategories, seedProducts } from "../../prisma/seed-data/catalog";

export type ShopPage = { name: "home" | "product" | "search" | "category"; path: string };

const category = seedCategories[0];
const product = seedProducts.find((candidate) => candidate.categorySlug === category?.slug);
if (!category || !product) throw new Error("the seed catalog has no category with a product");
const searchWord = product.name.split(" ").at(-1)?.toLowerCase() ?? product.slug;

export const SHOP_PAGES: ShopPage[] = [
  { name: "home", path: "/" },
  { name: "product", path: `/products/${product.slug}` },
  { name: "search", path: `/search?q=${encodeURIComponent(searchWord)}` },
  { name: "category", path: `/categories/${category.slug}` },
];
