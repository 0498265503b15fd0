// The product list's filters live in the URL (shareable, back button works). Anything
// malformed in it is dropped rather than turned into an error page.
import {
  adminProductSorts,
  productStatusFilters,
  type ListAdminProductsInput,
} from "@/server/catalog/product-admin.schema";
import { isStorableText } from "@/server/lib/storable.schema";
import type { SearchParams } from "@/app/_lib/search-params";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE_SIZE = 25;

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((candidate) => candidate === value);
}

export function parseAdminProductSearch(params: SearchParams): ListAdminProductsInput {
  const q = first(params.q)?.trim().slice(0, 100);
  const status = oneOf(productStatusFilters, first(params.status));
  const categoryId = first(params.category);
  const page = Number(first(params.page));
  return {
    ...(q && isStorableText(q) ? { q } : {}),
    ...(status ? { status } : {}),
    ...(categoryId && UUID.test(categoryId) ? { categoryId } : {}),
    ...(first(params.lowStock) === "1" ? { lowStock: true } : {}),
    sort: oneOf(adminProductSorts, first(params.sort)) ?? "newest",
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    pageSize: PAGE_SIZE,
  };
}

// The URL for the same list with some filters changed; changing a filter goes back to page 1.
export function adminProductSearchHref(
  current: ListAdminProductsInput,
  change: Partial<Record<"q" | "status" | "category" | "lowStock" | "sort" | "page", string | null>>,
): string {
  const params = new URLSearchParams();
  const merged = {
    q: current.q ?? null,
    status: current.status ?? null,
    category: current.categoryId ?? null,
    lowStock: current.lowStock ? "1" : null,
    sort: current.sort === "newest" ? null : current.sort,
    page: null as string | null,
    ...change,
  };
  if (!("page" in change)) merged.page = null;
  for (const [key, value] of Object.entries(merged)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `/admin/products?${query}` : "/admin/products";
}
