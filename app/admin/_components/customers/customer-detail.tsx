"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/react";
import { AdminCustomerControls } from "./customer-controls";
import { AdminSection } from "../shell/section";
import { DataTable, type Column } from "@/app/_components/ui/data-table";
import type { CustomerDetail } from "@/server/account/customer-admin.schema";
import { LocalTime } from "@/app/_components/local-time";
import { OrderStatusBadge } from "@/app/_components/order-status-badge";
import { Price } from "@/app/_components/price";

const orderColumns: Column<CustomerDetail["orders"][number]>[] = [
  {
    header: "Order",
    cell: (order) => (
      <Link href={`/admin/orders/${order.id}`} className="font-medium text-ink hover:text-brand-700">
        {order.number}
      </Link>
    ),
  },
  { header: "Placed", cell: (order) => <LocalTime date={order.placedAt} />, className: "text-stone-600" },
  { header: "Status", cell: (order) => <OrderStatusBadge status={order.status} /> },
  { header: "Total", align: "right", cell: (order) => <Price price={order.total} /> },
];

export function AdminCustomerDetail({ id, viewerId }: { id: string; viewerId: string }) {
  const trpc = useTRPC();
  const { data: customer } = useSuspenseQuery(trpc.admin.customers.get.queryOptions({ id }));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">{customer.name}</h1>
        <p className="mt-1 text-sm text-stone-600">{customer.email}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <AdminSection id="account" title="Account">
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="text-stone-500">Role</dt>
            <dd className="text-ink">{customer.role === "ADMIN" ? "Staff" : "Shopper"}</dd>
            <dt className="text-stone-500">Status</dt>
            <dd className={customer.disabledAt ? "text-red-700" : "text-ink"}>
              {customer.disabledAt ? "Disabled" : "Active"}
            </dd>
            <dt className="text-stone-500">Email</dt>
            <dd className="text-ink">{customer.emailVerified ? "Confirmed" : "Not confirmed"}</dd>
            <dt className="text-stone-500">Signed in on</dt>
            <dd className="text-ink">
              {customer.activeSessions} {customer.activeSessions === 1 ? "device" : "devices"}
            </dd>
            <dt className="text-stone-500">Joined</dt>
            <dd className="text-ink">
              <LocalTime date={customer.createdAt} />
            </dd>
          </dl>
        </AdminSection>
        <AdminSection id="access" title="Role and access">
          <AdminCustomerControls customer={customer} isSelf={customer.id === viewerId} />
        </AdminSection>
      </div>
      <section aria-labelledby="orders-heading">
        <h2 id="orders-heading" className="mb-3 text-base font-semibold text-ink">
          Orders ({customer.orderCount})
        </h2>
        <DataTable
          caption="Orders of this customer"
          columns={orderColumns}
          rows={customer.orders}
          empty={{ title: "No orders yet" }}
        />
      </section>
    </div>
  );
}
