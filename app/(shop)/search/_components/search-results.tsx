"use client";
import { LoadMoreList, countOf } from "@/app/_components/load-more-list";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import { useTRPC } from "@/app/_trpc/react";
import { ProductGrid } from "@/app/(shop)/_components/product-grid";
import type { SearchQuery } from "@/app/(shop)/search/_lib/search-query";

export function SearchResults({ query }: { query: SearchQuery }) {
  const trpc = useTRPC();
  return (
    <LoadMoreList
      query={trpc.search.products.infiniteQueryOptions(query, cursorPaging)}
      empty={{
        title: query.q ? `Nothing matches “${query.q}”` : "Nothing matches these filters",
        description: "Try fewer words, another spelling, or remove a filter.",
      }}
      countLabel={countOf("result", "results")}
      loadMoreLabel="Load more"
      errorMessage="Could not load more results. Try again."
    >
      {(products) => <ProductGrid heading="Search results" products={products} preloadCount={4} />}
    </LoadMoreList>
  );
}
