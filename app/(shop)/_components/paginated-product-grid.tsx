"use client";
import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/react";
import { ProductGrid } from "./product-grid";
import { productListPaging, type ProductListQuery } from "@/app/(shop)/_lib/product-list-query";
import { Button } from "@/app/_components/ui/button";

// The server page prefetches the first page with the same `input`, so it hydrates without a request.
export function PaginatedProductGrid({ input }: { input: ProductListQuery }) {
  const trpc = useTRPC();
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage, isFetchNextPageError } = useSuspenseInfiniteQuery(
    trpc.product.list.infiniteQueryOptions(input, productListPaging),
  );
  const products = data.pages.flatMap((page) => page.items);

  if (products.length === 0) {
    return (
      <div className="rounded-2xl border border-dashed border-stone-300 px-6 py-16 text-center">
        <p className="text-base font-medium text-ink">No products here yet</p>
        <p className="mt-1 text-sm text-stone-600">Check back soon.</p>
      </div>
    );
  }

  return (
    <>
      <ProductGrid heading="Products" products={products} preloadCount={4} />
      <div className="mt-14 flex flex-col items-center gap-3">
        <p className="text-sm text-stone-500" aria-live="polite">
          {hasNextPage ? "Showing " : ""}
          {products.length} {products.length === 1 ? "product" : "products"}
        </p>
        {hasNextPage ? (
          <Button variant="secondary" size="md" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
            {isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        ) : (
          products.length > input.limit && <p className="text-sm text-stone-500">That’s everything.</p>
        )}
        {isFetchNextPageError && !isFetchingNextPage && (
          <p role="alert" className="text-sm text-red-700">
            Could not load more products. Try again.
          </p>
        )}
      </div>
    </>
  );
}
