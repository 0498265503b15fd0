import "server-only";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import type { ProductListQuery } from "./product-list-query";
import { getQueryClient, trpc } from "@/app/_trpc/server";

// First page of an infinite product list, under the same key the client grid reads.
export function prefetchProductList(input: ProductListQuery): void {
  void getQueryClient().prefetchInfiniteQuery(trpc.product.list.infiniteQueryOptions(input, cursorPaging));
}
