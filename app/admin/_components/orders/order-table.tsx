"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { LocalTime } from "@/app/_components/local-time";
import { OrderStatusBadge } from "@/app/_components/order-status-badge";
import { Price } from "@/app/_components/price";
import { DataTable, type Column } from "@/app/_components/ui/data-table";
import { useTRPC } from "@/app/_trpc/react";
import type { z } from "@/server/lib/zod";
import type { ListAdminOrdersInput, adminOrderRowSchema } from "@/server/order/order-admin.schema";

type AdminOrderRow = z.infer<typeof adminOrderRowSchema>;

const columns: Column<AdminOrderRow>[] = [
  {
    header: "Order",
    cell: (order) => (
      <Link href={`/admin/orders/${order.id}`} className="font-medium text-ink hover:text-brand-700">
        {order.number}
      </Link>
    ),
  },
  {
    header: "Customer",
    cell: (order) => (
      <>
        <Link href={`/admin/customers/${order.customer.id}`} className="text-stone-800 hover:text-brand-700">
          {order.customer.name}
        </Link>
        <p className="text-xs text-stone-500">{order.customer.email}</p>
      </>
    ),
  },
  { header: "Placed", cell: (order) => <LocalTime date={order.placedAt} />, className: "text-stone-600" },
  { header: "Status", cell: (order) => <OrderStatusBadge status={order.status} /> },
  { header: "Items", align: "right", cell: (order) => order.itemCount, className: "text-stone-700 tabular-nums" },
  { header: "Total", align: "right", cell: (order) => <Price price={order.total} className="font-medium text-ink" /> },
];

export function AdminOrderTable({ input, pageHrefs }: { input: ListAdminOrdersInput; pageHrefs: Record<"previous" | "next", string> }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.orders.list.queryOptions(input));
  return (
    <DataTable
      caption="Orders"
      columns={columns}
      rows={data.items}
      rowClassName="hover:bg-stone-50"
      empty={{ title: "No orders match", hint: "Change the filters to see more." }}
      pager={{ paging: data, hrefFor: (page) => (page < data.page ? pageHrefs.previous : pageHrefs.next) }}
    />
  );
}
