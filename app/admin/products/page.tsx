import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AdminPageHeader } from "@/app/admin/_components/shell/page-header";
import { AdminProductImport } from "@/app/admin/_components/products/product-import";
import { AdminProductFilters } from "@/app/admin/_components/products/product-filters";
import { AdminProductTable } from "@/app/admin/_components/products/product-table";
import { buttonStyles } from "@/app/_components/ui/button";
import { Skeleton } from "@/app/_components/ui/skeleton";
import type { SearchParams } from "@/app/_lib/search-params";
import { parseAdminProductSearch } from "@/app/admin/_lib/product-search";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { loadAdminAccess } from "@/app/admin/_lib/load-admin-access";

export const metadata: Metadata = { title: "Products · Staff" };

export default async function AdminProductsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!(await loadAdminAccess()).ok) return null;
  const input = parseAdminProductSearch(await searchParams);
  void getQueryClient().prefetchQuery(trpc.admin.products.list.queryOptions(input));
  const key = JSON.stringify(input);
  return (
    <HydrateClient>
      <AdminPageHeader
        title="Products"
        description="Everything in the catalog, including inactive and deleted products."
        actions={
          <>
            <a href="/api/admin/products/export" download className={buttonStyles({ variant: "secondary", size: "sm" })}>
              Export CSV
            </a>
            <Link href="/admin/products/new" className={buttonStyles({ size: "sm" })}>
              New product
            </Link>
          </>
        }
      />
      <div className="mb-6">
        <AdminProductImport />
      </div>
      <AdminProductFilters key={`filters:${key}`} input={input} />
      <Suspense key={key} fallback={<Skeleton className="h-96 w-full rounded-2xl" />}>
        <AdminProductTable input={input} />
      </Suspense>
    </HydrateClient>
  );
}
