import type { Metadata } from "next";
import Link from "next/link";
import { AdminCustomerDetail } from "@/app/admin/_components/customers/customer-detail";
import { notFoundOr } from "@/app/_lib/trpc-errors";
import { HydrateClient, getQueryClient, serverCaller, trpc } from "@/app/_trpc/server";
import { loadAdminAccess } from "@/app/admin/_lib/load-admin-access";

export const metadata: Metadata = { title: "Customer · Staff" };

export default async function AdminCustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const access = await loadAdminAccess();
  if (!access.ok) return null;
  const { id } = await params;
  const customer = await (await serverCaller()).admin.customers.get({ id }).catch(notFoundOr);
  getQueryClient().setQueryData(trpc.admin.customers.get.queryKey({ id }), customer);
  return (
    <HydrateClient>
      <Link href="/admin/customers" className="text-sm font-medium text-brand-700 hover:text-brand-600">
        ← Customers
      </Link>
      <div className="mt-3">
        <AdminCustomerDetail id={id} viewerId={access.me.id} />
      </div>
    </HydrateClient>
  );
}
