"use client";
import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { searchPaging, type SearchQuery } from "@/app/(shop)/search/_lib/search-query";
import { useTRPC } from "@/app/_trpc/react";
import { ProductGrid } from "@/app/(shop)/_components/product-grid";
import { Button } from "@/app/_components/ui/button";

export function SearchResults({ query }: { query: SearchQuery }) {
  const trpc = useTRPC();
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage, isFetchNextPageError } = useSuspenseInfiniteQuery(
    trpc.search.products.infiniteQueryOptions(query, searchPaging),
  );
  const products = data.pages.flatMap((page) => page.items);

  if (products.length === 0) {
    return (
      <div className="rounded-2xl border border-dashed border-stone-300 px-6 py-16 text-center">
        <p className="text-base font-medium text-ink">{query.q ? `Nothing matches “${query.q}”` : "Nothing matches these filters"}</p>
        <p className="mt-1 text-sm text-stone-600">Try fewer words, another spelling, or remove a filter.</p>
      </div>
    );
  }

  return (
    <>
      <ProductGrid heading="Search results" products={products} preloadCount={4} />
      <div className="mt-14 flex flex-col items-center gap-3">
        <p className="text-sm text-stone-500" aria-live="polite">
          {hasNextPage ? "Showing " : ""}
          {products.length} {products.length === 1 ? "result" : "results"}
        </p>
        {hasNextPage && (
          <Button variant="secondary" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
            {isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        )}
        {isFetchNextPageError && !isFetchingNextPage && (
          <p role="alert" className="text-sm text-red-700">
            Could not load more results. Try again.
          </p>
        )}
      </div>
    </>
  );
}
