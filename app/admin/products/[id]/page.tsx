import type { Metadata } from "next";
import Link from "next/link";
import { AdminProductEditor } from "@/app/admin/_components/products/product-editor";
import { notFoundOr } from "@/app/_lib/trpc-errors";
import { HydrateClient, getQueryClient, serverCaller, trpc } from "@/app/_trpc/server";
import { loadAdminAccess } from "@/app/admin/_lib/load-admin-access";

export const metadata: Metadata = { title: "Edit product · Staff" };

export default async function EditProductPage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await loadAdminAccess()).ok) return null;
  const { id } = await params;
  const product = await (await serverCaller()).admin.products.get({ id }).catch(notFoundOr);
  const queryClient = getQueryClient();
  queryClient.setQueryData(trpc.admin.products.get.queryKey({ id }), product);
  // Awaited, as on the new-product page: the form's category select reads it with useQuery.
  await queryClient.prefetchQuery(trpc.category.list.queryOptions());
  void queryClient.prefetchQuery(trpc.admin.images.list.queryOptions({ productId: id }));
  return (
    <HydrateClient>
      <Link href="/admin/products" className="text-sm font-medium text-brand-700 hover:text-brand-600">
        ← Products
      </Link>
      <div className="mt-3">
        <AdminProductEditor id={id} />
      </div>
    </HydrateClient>
  );
}
