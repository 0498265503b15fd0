"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/react";
import { AdminSalesChart } from "./sales-chart";
import { LocalTime } from "@/app/_components/local-time";
import { OrderStatusBadge, orderStatusLabels } from "@/app/_components/order-status-badge";
import { Price, formatMoney } from "@/app/_components/price";
import { Card } from "@/app/_components/ui/card";

const number = new Intl.NumberFormat("en-US");

function Stat({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Card className="p-5">
      <dt className="text-sm font-medium text-stone-600">{label}</dt>
      <dd className="mt-2 text-3xl font-semibold tracking-tight text-ink tabular-nums">{value}</dd>
      <dd className="mt-1 text-xs text-stone-500">{hint}</dd>
    </Card>
  );
}

export function AdminOverview() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.overview.queryOptions());
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Stat label="Revenue today" value={formatMoney(data.revenueToday)} hint="Paid orders, UTC day" />
        <Stat
          label="Revenue, 30 days"
          value={formatMoney(data.revenueLast30Days)}
          hint="Paid orders, refunds excluded"
        />
        <Stat
          label="Orders"
          value={number.format(data.orders)}
          hint={`${number.format(data.customers)} ${data.customers === 1 ? "customer" : "customers"}`}
        />
        <Stat
          label="Active products"
          value={number.format(data.activeProducts)}
          hint={`${number.format(data.outOfStockProducts)} out of stock`}
        />
      </dl>

      <Card className="p-5">
        <h2 className="text-base font-semibold text-ink">Sales, last 30 days</h2>
        <div className="mt-4">
          <AdminSalesChart days={data.dailySales} />
        </div>
      </Card>

      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <Card className="p-5">
          <h2 className="text-base font-semibold text-ink">Orders by status</h2>
          {data.ordersByStatus.length === 0 ? (
            <p className="mt-3 text-sm text-stone-500">No orders yet.</p>
          ) : (
            <ul role="list" className="mt-3 space-y-2 text-sm">
              {data.ordersByStatus.map((group) => (
                <li key={group.status} className="flex justify-between">
                  <Link href={`/admin/orders?status=${group.status}`} className="text-stone-700 hover:text-brand-700">
                    {orderStatusLabels[group.status]}
                  </Link>
                  <span className="font-medium text-ink tabular-nums">{number.format(group.count)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card className="p-5">
          <h2 className="text-base font-semibold text-ink">Low on stock</h2>
          {data.lowStock.length === 0 ? (
            <p className="mt-3 text-sm text-stone-500">Everything is well stocked.</p>
          ) : (
            <ul role="list" className="mt-3 space-y-2 text-sm">
              {data.lowStock.map((product) => (
                <li key={product.id} className="flex justify-between gap-3">
                  <Link href={`/admin/products/${product.id}`} className="truncate text-stone-700 hover:text-brand-700">
                    {product.name}
                  </Link>
                  <span
                    className={`font-medium tabular-nums ${product.stock === 0 ? "text-red-700" : "text-amber-700"}`}
                  >
                    {product.stock}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card className="p-5">
          <h2 className="text-base font-semibold text-ink">Recent orders</h2>
          {data.recentOrders.length === 0 ? (
            <p className="mt-3 text-sm text-stone-500">No orders yet.</p>
          ) : (
            <ul role="list" className="mt-3 space-y-3 text-sm">
              {data.recentOrders.map((order) => (
                <li key={order.id} className="flex items-center justify-between gap-3">
                  <div className="min-w-0">
                    <Link href={`/admin/orders/${order.id}`} className="font-medium text-ink hover:text-brand-700">
                      {order.number}
                    </Link>
                    <p className="truncate text-xs text-stone-500">
                      {order.email} · <LocalTime date={order.placedAt} relative />
                    </p>
                  </div>
                  <div className="flex shrink-0 flex-col items-end gap-1">
                    <Price price={order.total} className="font-medium text-ink" />
                    <OrderStatusBadge status={order.status} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
