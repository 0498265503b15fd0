"use client";
import Link from "next/link";
import { LocalTime } from "@/app/_components/local-time";
import { OrderStatusBadge } from "@/app/_components/order-status-badge";
import { Price } from "@/app/_components/price";
import type { TableSpec } from "@/app/_components/ui/data-table";
import { useTRPC } from "@/app/_trpc/react";
import { PagedTable } from "../shell/paged-table";
import type { SearchParams } from "@/app/_lib/search-params";
import { adminOrderPageHref } from "@/app/admin/_lib/order-search";
import type { z } from "@/server/lib/zod";
import type { ListAdminOrdersInput, adminOrderRowSchema } from "@/server/order/order-admin.schema";

type AdminOrderRow = z.infer<typeof adminOrderRowSchema>;

const table: TableSpec<AdminOrderRow> = {
  caption: "Orders",
  empty: { title: "No orders match", hint: "Change the filters to see more." },
  columns: [
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
    {
      header: "Total",
      align: "right",
      cell: (order) => <Price price={order.total} className="font-medium text-ink" />,
    },
  ],
};

export function AdminOrderTable({ input, params }: { input: ListAdminOrdersInput; params: SearchParams }) {
  const trpc = useTRPC();
  return (
    <PagedTable
      {...table}
      query={trpc.admin.orders.list.queryOptions(input)}
      hrefFor={(page) => adminOrderPageHref(params, page)}
    />
  );
}
