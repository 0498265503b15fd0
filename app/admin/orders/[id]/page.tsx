import type { Metadata } from "next";
import Link from "next/link";
import { AdminOrderDetailView } from "@/app/admin/_components/orders/order-detail";
import { notFoundOr } from "@/app/_lib/trpc-errors";
import { HydrateClient, getQueryClient, serverCaller, trpc } from "@/app/_trpc/server";
import { loadAdminAccess } from "@/app/admin/_lib/load-admin-access";

export const metadata: Metadata = { title: "Order · Staff" };

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await loadAdminAccess()).ok) return null;
  const { id } = await params;
  const order = await (await serverCaller()).admin.orders.get({ id }).catch(notFoundOr);
  getQueryClient().setQueryData(trpc.admin.orders.get.queryKey({ id }), order);
  return (
    <HydrateClient>
      <Link href="/admin/orders" className="text-sm font-medium text-brand-700 hover:text-brand-600">
        ← Orders
      </Link>
      <div className="mt-3">
        <AdminOrderDetailView id={id} />
      </div>
    </HydrateClient>
  );
}
