import "server-only";
import { createHash } from "node:crypto";
import { z } from "../lib/zod";
import { cachedCatalogRead } from "../catalog/catalog-cache";
import { getCategory, productCardsByIds } from "../catalog/catalog.service";
import { DomainError } from "../lib/errors";
import type { SearchPage, SearchProductsInput } from "./search.schema";
import { searchProductIds, type SearchKeyset } from "./search.repo";

const cursorSchema = z.object({ key: z.number(), id: z.uuid(), sort: z.string() });

function encodeCursor(keyset: SearchKeyset, sort: string): string {
  return Buffer.from(JSON.stringify({ ...keyset, sort })).toString("base64url");
}

function decodeCursor(cursor: string, sort: string): SearchKeyset {
  try {
    const parsed = cursorSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (parsed.sort !== sort) throw new Error("cursor of another sort");
    return { key: parsed.key, id: parsed.id };
  } catch {
    throw new DomainError("INVALID_CURSOR", "Invalid cursor");
  }
}

export function searchProducts(input: SearchProductsInput): Promise<SearchPage> {
  if (input.cursor) return searchProductsUncached(input);
  const { direction: _direction, ...query } = input;
  const key = createHash("sha256").update(JSON.stringify(query)).digest("base64url");
  return cachedCatalogRead(`search:${key}`, () => searchProductsUncached(input));
}

async function searchProductsUncached(input: SearchProductsInput): Promise<SearchPage> {
  const categoryId = input.categorySlug ? (await getCategory(input.categorySlug)).id : undefined;
  const rows = await searchProductIds({
    q: input.q,
    sort: input.sort,
    take: input.limit + 1,
    filters: {
      ...(categoryId ? { categoryId } : {}),
      ...(input.minPriceCents !== undefined ? { minPriceCents: input.minPriceCents } : {}),
      ...(input.maxPriceCents !== undefined ? { maxPriceCents: input.maxPriceCents } : {}),
      ...(input.inStock ? { inStock: true } : {}),
    },
    ...(input.cursor ? { after: decodeCursor(input.cursor, input.sort) } : {}),
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: await productCardsByIds(page.map((row) => row.id)),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last, input.sort) : null,
  };
}
