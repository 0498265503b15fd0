"use client";
import { Suspense } from "react";
import { LoadMoreList, countOf } from "@/app/_components/load-more-list";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import { useTRPC } from "@/app/_trpc/react";
import type { ProductListQuery } from "@/app/(shop)/_lib/product-list-query";
import { ProductGrid, ProductGridSkeleton } from "./product-grid";

// The server page prefetches the first page with the same `input`, so it hydrates without a request.
export function PaginatedProductGrid({ input }: { input: ProductListQuery }) {
  return (
    <Suspense fallback={<ProductGridSkeleton count={input.limit} />}>
      <ProductList input={input} />
    </Suspense>
  );
}

function ProductList({ input }: { input: ProductListQuery }) {
  const trpc = useTRPC();
  return (
    <LoadMoreList
      query={trpc.product.list.infiniteQueryOptions(input, cursorPaging)}
      empty={{ title: "No products here yet", description: "Check back soon." }}
      countLabel={countOf("product", "products")}
      loadMoreLabel="Load more"
      endNote="That’s everything."
      errorMessage="Could not load more products. Try again."
    >
      {(products) => <ProductGrid heading="Products" products={products} preloadCount={4} />}
    </LoadMoreList>
  );
}
