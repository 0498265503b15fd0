import "server-only";
import type { FetchQueryOptions, QueryKey } from "@tanstack/react-query";
import { getQueryClient } from "@/app/_trpc/server";
import { notFoundOr } from "./trpc-errors";

// For a page about one record: fetches it into the request's query client, so the client
// components hydrate with it instead of asking again, and answers 404 when there is no such
// record (or the id is malformed). Any other failure is a real error.
export function prefetchOrNotFound<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): Promise<TData> {
  return getQueryClient().fetchQuery(options).catch(notFoundOr);
}
