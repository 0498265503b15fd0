"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/react";
import type { ListAdminOrdersInput } from "@/server/order/order-admin.schema";
import { AdminPager } from "@/app/_components/ui/pager";
import { AdminTable, AdminTableEmpty } from "@/app/_components/ui/data-table";
import { LocalTime } from "@/app/_components/local-time";
import { OrderStatusBadge } from "@/app/_components/order-status-badge";
import { Price } from "@/app/_components/price";

export function AdminOrderTable({ input, pageHrefs }: { input: ListAdminOrdersInput; pageHrefs: Record<"previous" | "next", string> }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.orders.list.queryOptions(input));
  if (data.items.length === 0) return <AdminTableEmpty title="No orders match" hint="Change the filters to see more." />;
  return (
    <>
      <AdminTable
        caption="Orders"
        head={
          <>
            <th scope="col" className="px-4 py-3">Order</th>
            <th scope="col" className="px-4 py-3">Customer</th>
            <th scope="col" className="px-4 py-3">Placed</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3 text-right">Items</th>
            <th scope="col" className="px-4 py-3 text-right">Total</th>
          </>
        }
      >
        {data.items.map((order) => (
          <tr key={order.id} className="hover:bg-stone-50">
            <td className="px-4 py-3">
              <Link href={`/admin/orders/${order.id}`} className="font-medium text-ink hover:text-brand-700">
                {order.number}
              </Link>
            </td>
            <td className="px-4 py-3">
              <Link href={`/admin/customers/${order.customer.id}`} className="text-stone-800 hover:text-brand-700">
                {order.customer.name}
              </Link>
              <p className="text-xs text-stone-500">{order.customer.email}</p>
            </td>
            <td className="px-4 py-3 text-stone-600">
              <LocalTime date={order.placedAt} />
            </td>
            <td className="px-4 py-3">
              <OrderStatusBadge status={order.status} />
            </td>
            <td className="px-4 py-3 text-right text-stone-700 tabular-nums">{order.itemCount}</td>
            <td className="px-4 py-3 text-right">
              <Price price={order.total} className="font-medium text-ink" />
            </td>
          </tr>
        ))}
      </AdminTable>
      <AdminPager page={data.page} pageSize={data.pageSize} total={data.total} hrefFor={(page) => (page < data.page ? pageHrefs.previous : pageHrefs.next)} />
    </>
  );
}
