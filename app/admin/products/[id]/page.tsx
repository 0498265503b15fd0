import type { Metadata } from "next";
import { prefetchOrNotFound } from "@/app/_lib/prefetch-or-not-found";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { AdminProductEditor } from "../../_components/products/product-editor";
import { AdminDetailShell } from "../../_components/shell/detail-shell";
import { adminPage } from "../../_lib/admin-page";

export const metadata: Metadata = { title: "Edit product · Staff" };

export default adminPage(async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  await prefetchOrNotFound(trpc.admin.products.get.queryOptions({ id }));
  // Awaited, as on the new-product page: the form's category select reads it with useQuery.
  await getQueryClient().prefetchQuery(trpc.category.list.queryOptions());
  void getQueryClient().prefetchQuery(trpc.admin.images.list.queryOptions({ productId: id }));
  return (
    <AdminDetailShell back={{ href: "/admin/products", label: "Products" }}>
      <AdminProductEditor id={id} />
    </AdminDetailShell>
  );
});
