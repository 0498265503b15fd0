"use client";
import {
  type InfiniteData,
  type QueryKey,
  type UseSuspenseInfiniteQueryOptions,
  useSuspenseInfiniteQuery,
} from "@tanstack/react-query";
import type { ReactNode } from "react";
import { NextPageControls } from "./next-page-controls";

type Page = { items: readonly unknown[] };
type ItemOf<TPage extends Page> = TPage["items"][number];

type LoadMoreListProps<TPage extends Page, TError, TKey extends QueryKey, TCursor> = {
  /** The infinite query a server page prefetched (same input and paging), so the first page hydrates without a request. */
  query: UseSuspenseInfiniteQueryOptions<TPage, TError, InfiniteData<TPage, TCursor>, TKey, TCursor>;
  /** Renders every item loaded so far. */
  children: (items: ItemOf<TPage>[]) => ReactNode;
  /** Shown instead of the list when there is no item at all. */
  empty: { title: string; description: string; action?: ReactNode };
  /** The polite count under the list ("12 products"); without it, no count is shown. */
  countLabel?: (count: number) => string;
  loadMoreLabel: string;
  /** Said once every page is loaded, when there was more than one. */
  endNote?: string;
  errorMessage: string;
};

// A list that loads its next page when asked, for lists too long to show at once.
export function LoadMoreList<TPage extends Page, TError, TKey extends QueryKey, TCursor>({
  query,
  children,
  empty,
  countLabel,
  loadMoreLabel,
  endNote,
  errorMessage,
}: LoadMoreListProps<TPage, TError, TKey, TCursor>) {
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage, isFetchNextPageError } =
    useSuspenseInfiniteQuery(query);
  const items: ItemOf<TPage>[] = data.pages.flatMap((page) => page.items);
  const showEndNote = !hasNextPage && endNote !== undefined && data.pages.length > 1;
  const showError = isFetchNextPageError && !isFetchingNextPage;

  if (items.length === 0) {
    return (
      <div className="rounded-2xl border border-dashed border-stone-300 px-6 py-16 text-center">
        <p className="text-base font-medium text-ink">{empty.title}</p>
        <p className="mt-1 text-sm text-stone-600">{empty.description}</p>
        {empty.action}
      </div>
    );
  }

  return (
    <>
      {children(items)}
      {(countLabel || hasNextPage || showEndNote || showError) && (
        <div className="mt-14 flex flex-col items-center gap-3">
          {countLabel && (
            <p className="text-sm text-stone-500" aria-live="polite">
              {hasNextPage ? "Showing " : ""}
              {countLabel(items.length)}
            </p>
          )}
          <NextPageControls
            paging={{ hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage }}
            label={loadMoreLabel}
            errorMessage={errorMessage}
          />
          {showEndNote && <p className="text-sm text-stone-500">{endNote}</p>}
        </div>
      )}
    </>
  );
}

// "1 product", "12 products": count labels for the lists above.
export const countOf = (one: string, many: string) => (count: number) => `${count} ${count === 1 ? one : many}`;
