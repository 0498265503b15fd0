import "server-only";
import type { FetchQueryOptions, QueryKey } from "@tanstack/react-query";
import { getQueryClient } from "@/app/_trpc/server";

// A list page starts the query its table reads (the rows stream in under the shell's Suspense)
// and keys the filters and content by it, so a new search remounts them instead of showing
// stale rows.
export function prefetchList<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): string {
  void getQueryClient().prefetchQuery(options);
  return JSON.stringify(options.queryKey);
}
