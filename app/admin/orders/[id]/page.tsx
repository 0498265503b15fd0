import type { Metadata } from "next";
import { prefetchOrNotFound } from "@/app/_lib/prefetch-or-not-found";
import { trpc } from "@/app/_trpc/server";
import { AdminOrderDetailView } from "../../_components/orders/order-detail";
import { AdminDetailShell } from "../../_components/shell/detail-shell";
import { adminPage } from "../../_lib/admin-page";

export const metadata: Metadata = { title: "Order · Staff" };

export default adminPage(async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  await prefetchOrNotFound(trpc.admin.orders.get.queryOptions({ id }));
  return (
    <AdminDetailShell back={{ href: "/admin/orders", label: "Orders" }}>
      <AdminOrderDetailView id={id} />
    </AdminDetailShell>
  );
});
