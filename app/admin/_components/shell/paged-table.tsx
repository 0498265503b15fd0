"use client";
import { useSuspenseQuery, type QueryKey, type UseSuspenseQueryOptions } from "@tanstack/react-query";
import { DataTable, type TableSpec } from "@/app/_components/ui/data-table";
import type { Paging } from "@/app/_components/ui/pager";

type Page<Row> = Paging & { items: Row[] };

type Props<Row extends { id: string }, TError, TQueryKey extends QueryKey> = TableSpec<Row> & {
  // A list procedure's query; the page prefetched it, so this reads the cache.
  query: UseSuspenseQueryOptions<Page<Row>, TError, Page<Row>, TQueryKey>;
  hrefFor: (page: number) => string;
};

// One page of a list procedure's rows with links to the pages before and after.
export function PagedTable<Row extends { id: string }, TError, TQueryKey extends QueryKey>({
  query,
  hrefFor,
  ...spec
}: Props<Row, TError, TQueryKey>) {
  const { data } = useSuspenseQuery(query);
  return <DataTable {...spec} rows={data.items} pager={{ paging: data, hrefFor }} />;
}
