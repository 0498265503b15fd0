// The pages search engines may list: home, all products, each category and each product a
// shopper can open (active, not deleted), as absolute URLs on APP_URL.
// One file holds up to 50,000 URLs; a catalog near that size needs generateSitemaps().
import "server-only";
import { env } from "../env";
import * as sitemapRepo from "./sitemap.repo";

export type SitemapEntry = { url: string; lastModified: Date };

export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const [products, categories] = await Promise.all([
    sitemapRepo.listVisibleProductPages(),
    sitemapRepo.listCategoryPages(),
  ]);
  const url = (path: string) => new URL(path, env.APP_URL).toString();
  // The storefront's lists change whenever a product does.
  const catalogChangedAt = new Date(Math.max(0, ...products.map((product) => product.updatedAt.getTime())));
  return [
    { url: url("/"), lastModified: catalogChangedAt },
    { url: url("/products"), lastModified: catalogChangedAt },
    ...categories.map((category) => ({ url: url(`/categories/${category.slug}`), lastModified: category.updatedAt })),
    ...products.map((product) => ({ url: url(`/products/${product.slug}`), lastModified: product.updatedAt })),
  ];
}
