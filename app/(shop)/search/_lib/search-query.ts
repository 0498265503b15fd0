// The search page's state lives in the URL (shareable; the back button works). Prices are in
// whole dollars there and cents on the wire. Malformed values are dropped, never an error page.
import { priceTextSchema } from "@/server/catalog/product-admin.schema";
import { isStorableText } from "@/server/lib/storable.schema";
import { searchSorts, type SearchProductsInput } from "@/server/search/search.schema";
import type { SearchParams } from "@/app/_lib/search-params";

export type SearchQuery = Omit<SearchProductsInput, "cursor" | "direction">;
export const SEARCH_PAGE_SIZE = 12;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function cents(value: string): number | undefined {
  const parsed = priceTextSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function parseSearchQuery(params: SearchParams): SearchQuery {
  const q = first(params.q).slice(0, 100);
  const category = first(params.category);
  let min = cents(first(params.min));
  let max = cents(first(params.max));
  // A reversed range is read the way it was obviously meant.
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  return {
    // Words with a NUL or a lone surrogate can match nothing (the search refuses them).
    q: isStorableText(q) ? q : "",
    ...(category && SLUG.test(category) && category.length <= 120 ? { categorySlug: category } : {}),
    ...(min !== undefined ? { minPriceCents: min } : {}),
    ...(max !== undefined ? { maxPriceCents: max } : {}),
    ...(first(params.inStock) === "1" ? { inStock: true } : {}),
    sort: searchSorts.find((sort) => sort === first(params.sort)) ?? "relevance",
    limit: SEARCH_PAGE_SIZE,
  };
}
