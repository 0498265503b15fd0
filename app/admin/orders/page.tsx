import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminOrderFilters } from "@/app/admin/_components/orders/order-filters";
import { AdminOrderTable } from "@/app/admin/_components/orders/order-table";
import { AdminPageHeader } from "@/app/admin/_components/shell/page-header";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { adminOrderPageHref, parseAdminOrderSearch } from "@/app/admin/_lib/order-search";
import type { SearchParams } from "@/app/_lib/search-params";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { loadAdminAccess } from "@/app/admin/_lib/load-admin-access";

export const metadata: Metadata = { title: "Orders · Staff" };

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!(await loadAdminAccess()).ok) return null;
  const params = await searchParams;
  const input = parseAdminOrderSearch(params);
  void getQueryClient().prefetchQuery(trpc.admin.orders.list.queryOptions(input));
  const values = { status: text(params.status), from: text(params.from), to: text(params.to), customer: text(params.customer) };
  const key = JSON.stringify(input);
  return (
    <HydrateClient>
      <AdminPageHeader title="Orders" description="Every order, newest first. Open one to move it along." />
      <AdminOrderFilters key={`filters:${key}`} values={values} />
      <Suspense key={key} fallback={<Skeleton className="h-96 w-full rounded-2xl" />}>
        <AdminOrderTable input={input} pageHrefs={{ previous: adminOrderPageHref(params, input.page - 1), next: adminOrderPageHref(params, input.page + 1) }} />
      </Suspense>
    </HydrateClient>
  );
}
