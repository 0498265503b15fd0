"use client";
import { Button } from "@/app/_components/ui/button";

type Props = {
  /** From the table's infinite query. */
  paging: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    fetchNextPage: () => Promise<unknown>;
  };
  label: string;
  errorMessage: string;
};

// Under a cursor-paged staff table: loads the next, older page on demand.
export function LoadOlderFooter({ paging, label, errorMessage }: Props) {
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = paging;
  return (
    <div className="mt-6 flex flex-col items-center gap-2">
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
    </div>
  );
}
