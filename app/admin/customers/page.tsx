import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminCustomerFilters } from "@/app/admin/_components/customers/customer-filters";
import { AdminCustomerTable } from "@/app/admin/_components/customers/customer-table";
import { AdminPageHeader } from "@/app/admin/_components/shell/page-header";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { customerPageHref, parseCustomerSearch } from "@/app/admin/_lib/customer-search";
import type { SearchParams } from "@/app/_lib/search-params";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { loadAdminAccess } from "@/app/admin/_lib/load-admin-access";

export const metadata: Metadata = { title: "Customers · Staff" };

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function AdminCustomersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!(await loadAdminAccess()).ok) return null;
  const params = await searchParams;
  const input = parseCustomerSearch(params);
  void getQueryClient().prefetchQuery(trpc.admin.customers.list.queryOptions(input));
  const key = JSON.stringify(input);
  return (
    <HydrateClient>
      <AdminPageHeader title="Customers" description="Shopper and staff accounts." />
      <AdminCustomerFilters key={`filters:${key}`} values={{ q: text(params.q), role: text(params.role), status: text(params.status) }} />
      <Suspense key={key} fallback={<Skeleton className="h-96 w-full rounded-2xl" />}>
        <AdminCustomerTable input={input} pageHrefs={{ previous: customerPageHref(params, input.page - 1), next: customerPageHref(params, input.page + 1) }} />
      </Suspense>
    </HydrateClient>
  );
}
