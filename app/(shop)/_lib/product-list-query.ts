// Shared by server pages (prefetch) and PaginatedProductGrid (read), so both build the same
// infinite query: same input, same paging, same key.
import type { ListProductsInput, ProductPage } from "@/server/catalog/catalog.schema";

export type ProductListQuery = Omit<ListProductsInput, "cursor" | "direction">;

export const productListPaging = { getNextPageParam: (page: ProductPage) => page.nextCursor };
