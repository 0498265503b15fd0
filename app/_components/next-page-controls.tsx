"use client";
import { Button } from "./ui/button";

// What an infinite query tells about its next page (TanStack Query's names).
export type NextPageState = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => Promise<unknown>;
};

type Props = { paging: NextPageState; label: string; errorMessage: string };

// Under a paged list: the button that loads the next page, and what to say when that failed.
export function NextPageControls({ paging, label, errorMessage }: Props) {
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = paging;
  return (
    <>
      {hasNextPage && (
        <Button variant="secondary" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
          {isFetchingNextPage ? "Loading…" : label}
        </Button>
      )}
      {isFetchNextPageError && !isFetchingNextPage && (
        <p role="alert" className="text-sm text-red-700">
          {errorMessage}
        </p>
      )}
    </>
  );
}
