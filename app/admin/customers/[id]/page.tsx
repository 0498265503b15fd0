import type { Metadata } from "next";
import { prefetchOrNotFound } from "@/app/_lib/prefetch-or-not-found";
import { trpc } from "@/app/_trpc/server";
import { AdminCustomerDetail } from "../../_components/customers/customer-detail";
import { AdminDetailShell } from "../../_components/shell/detail-shell";
import { adminPage } from "../../_lib/admin-page";

export const metadata: Metadata = { title: "Customer · Staff" };

export default adminPage(async ({ params }: { params: Promise<{ id: string }> }, me) => {
  const { id } = await params;
  await prefetchOrNotFound(trpc.admin.customers.get.queryOptions({ id }));
  return (
    <AdminDetailShell back={{ href: "/admin/customers", label: "Customers" }}>
      <AdminCustomerDetail id={id} viewerId={me.id} />
    </AdminDetailShell>
  );
});
