import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/app/admin/_components/shell/page-header";
import { AdminProductForm } from "@/app/admin/_components/products/product-form";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { loadAdminAccess } from "@/app/admin/_lib/load-admin-access";

export const metadata: Metadata = { title: "New product · Staff" };

export default async function NewProductPage() {
  if (!(await loadAdminAccess()).ok) return null;
  // Awaited (a short, cached list): the form reads it with useQuery, and a list still streaming
  // when the page hydrates would render differently on the server and in the browser.
  await getQueryClient().prefetchQuery(trpc.category.list.queryOptions());
  return (
    <HydrateClient>
      <Link href="/admin/products" className="text-sm font-medium text-brand-700 hover:text-brand-600">
        ← Products
      </Link>
      <div className="mt-3 max-w-2xl">
        <AdminPageHeader title="New product" description="Add images after creating it." />
        <AdminProductForm />
      </div>
    </HydrateClient>
  );
}
