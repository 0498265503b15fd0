// Cache keys of catalog reads carry a catalog version: changes that show on many catalog pages
// (staff edits, ratings, a product's stock status) bump it, which retires every cached catalog
// read at once instead of hunting for each key that might hold the product.
//
// An order is the exception, because orders are frequent: it changes only the exact stock of
// the products it touches, and only their own product pages show exact stock (cards on lists,
// search and featured rows show the stock status). So a product page's key also carries that
// product's own version, and an order bumps the versions of its products; it bumps the whole
// catalog only when a product's stock status changes, which is what cards show. Either way the
// bump comes after the commit and versions are part of the key, so a read computed before the
// change can only be stored under a key nobody reads any more: no shopper sees the old stock or
// price after the change, the same guarantee as bumping the whole catalog on every order. The
// TTL stays the backstop for a bump lost while Redis is unreachable.
import "server-only";
import { onRedisRecovered, redis } from "../redis";
import { cached } from "../lib/cache";
import { logger } from "../lib/logger";
import { stockStatus } from "./stock-status";

const VERSION_KEY = "catalog:version";
const productVersionKey = (slug: string) => `catalog:product-version:${slug}`;
export const CATALOG_TTL_SECONDS = 60;

// One round trip for the catalog's version and, for a product page, the product's own.
async function versions(...keys: string[]): Promise<string[]> {
  try {
    const values = (await redis?.mget(...keys)) ?? [];
    return keys.map((_, index) => values[index] ?? "0");
  } catch {
    return keys.map(() => "unavailable");
  }
}

// The versions a product's page depends on, for caches of the whole page (product-page-cache.ts).
export const productPageVersionKeys = (slug: string): [string, string] => [VERSION_KEY, productVersionKey(slug)];

export async function cachedCatalogRead<T>(name: string, compute: () => Promise<T>): Promise<T> {
  if (!redis) return compute();
  const [catalog] = await versions(VERSION_KEY);
  return cached(`catalog:v${catalog}:${name}`, CATALOG_TTL_SECONDS, compute);
}

// A product's own page: retired by a catalog-wide change or by a change to this product.
export async function cachedProductRead<T>(slug: string, compute: () => Promise<T>): Promise<T> {
  if (!redis) return compute();
  const [catalog, product] = await versions(VERSION_KEY, productVersionKey(slug));
  return cached(`catalog:v${catalog}:product:${slug}:p${product}`, CATALOG_TTL_SECONDS, compute);
}

// Invalidations this instance tried while Redis was unreachable were lost: retire everything.
onRedisRecovered(catalogChanged);

export async function catalogChanged(): Promise<void> {
  try {
    await redis?.incr(VERSION_KEY);
  } catch (error) {
    logger.warn({ err: error }, "could not bump the catalog cache version; entries expire by TTL");
  }
}

// `stock` is what the commit left, `change` what it added (negative for a sale).
export type StockChange = { slug: string; stock: number; change: number };

// After a commit that moved stock (an order, a cancellation, an unpaid order's release): the
// products' own pages are retired, and lists, which show the stock status and not the count,
// only when a status changed.
export async function stockChanged(products: StockChange[]): Promise<void> {
  if (products.some(({ stock, change }) => stockStatus(stock) !== stockStatus(stock - change))) {
    return catalogChanged();
  }
  try {
    await Promise.all(products.map(({ slug }) => redis?.incr(productVersionKey(slug))));
  } catch (error) {
    logger.warn({ err: error }, "could not bump product cache versions; their pages expire by TTL");
  }
}
