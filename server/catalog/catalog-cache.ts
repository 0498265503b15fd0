// Cache keys of catalog reads carry a catalog version: any change that shows on catalog pages
// (stock taken or returned, ratings, and staff edits) bumps it, which retires every cached
// catalog read at once instead of hunting for each key that might hold the product.
import "server-only";
import { onRedisRecovered, redis } from "../redis";
import { cached } from "../lib/cache";
import { logger } from "../lib/logger";

const VERSION_KEY = "catalog:version";
export const CATALOG_TTL_SECONDS = 60;

async function version(): Promise<string> {
  try {
    return (await redis?.get(VERSION_KEY)) ?? "0";
  } catch {
    return "unavailable";
  }
}

export async function cachedCatalogRead<T>(name: string, compute: () => Promise<T>): Promise<T> {
  if (!redis) return compute();
  return cached(`catalog:v${await version()}:${name}`, CATALOG_TTL_SECONDS, compute);
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
