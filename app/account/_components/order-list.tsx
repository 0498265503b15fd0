"use client";
import Link from "next/link";
import { LoadMoreList } from "@/app/_components/load-more-list";
import { LocalTime } from "@/app/_components/local-time";
import { OrderStatusBadge } from "@/app/_components/order-status-badge";
import { Price } from "@/app/_components/price";
import { buttonStyles } from "@/app/_components/ui/button";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import { useTRPC } from "@/app/_trpc/react";
import { orderListInput } from "@/app/account/_lib/order-list-query";

export function OrderList() {
  const trpc = useTRPC();
  return (
    <LoadMoreList
      query={trpc.order.list.infiniteQueryOptions(orderListInput, cursorPaging)}
      empty={{
        title: "No orders yet",
        description: "When you place an order, it shows up here.",
        action: (
          <Link href="/products" className={`${buttonStyles({ variant: "secondary" })} mt-6`}>
            Start shopping
          </Link>
        ),
      }}
      loadMoreLabel="Show older orders"
      errorMessage="Could not load more orders. Try again."
    >
      {(orders) => (
        <ul
          role="list"
          className="divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white ring-1 ring-stone-200"
        >
          {orders.map((order) => (
            <li key={order.id}>
              <Link
                href={`/account/orders/${order.id}`}
                className="flex flex-wrap items-center gap-x-6 gap-y-2 px-5 py-4 hover:bg-stone-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600"
              >
                <span className="min-w-32 font-medium text-ink">{order.number}</span>
                <span className="text-sm text-stone-600">
                  <LocalTime date={order.placedAt} />
                </span>
                <span className="text-sm text-stone-600">
                  {order.itemCount} {order.itemCount === 1 ? "item" : "items"}
                </span>
                <span className="ml-auto flex items-center gap-4">
                  <OrderStatusBadge status={order.status} />
                  <Price price={order.total} className="font-medium text-ink" />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </LoadMoreList>
  );
}
