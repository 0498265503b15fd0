import type { Metadata } from "next";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { AdminProductForm } from "../../_components/products/product-form";
import { AdminDetailShell } from "../../_components/shell/detail-shell";
import { AdminPageHeader } from "../../_components/shell/page-header";
import { adminPage } from "../../_lib/admin-page";

export const metadata: Metadata = { title: "New product · Staff" };

export default adminPage(async () => {
  // Awaited (a short, cached list): the form reads it with useQuery, and a list still streaming
  // when the page hydrates would render differently on the server and in the browser.
  await getQueryClient().prefetchQuery(trpc.category.list.queryOptions());
  return (
    <AdminDetailShell back={{ href: "/admin/products", label: "Products" }} className="max-w-2xl">
      <AdminPageHeader title="New product" description="Add images after creating it." />
      <AdminProductForm />
    </AdminDetailShell>
  );
});
