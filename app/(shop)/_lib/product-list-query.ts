// Shared by server pages (prefetch) and PaginatedProductGrid (read), which build the same infinite
// query from it with `cursorPaging`: same input, same key.
import type { ListProductsInput } from "@/server/catalog/catalog.schema";

export type ProductListQuery = Omit<ListProductsInput, "cursor" | "direction">;
