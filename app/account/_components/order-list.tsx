"use client";
import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/react";
import { LocalTime } from "@/app/_components/local-time";
import { orderListInput, orderListPaging } from "@/app/account/_lib/order-list-query";
import { OrderStatusBadge } from "@/app/_components/order-status-badge";
import { Price } from "@/app/_components/price";
import { Button, buttonStyles } from "@/app/_components/ui/button";


export function OrderList() {
  const trpc = useTRPC();
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage, isFetchNextPageError } = useSuspenseInfiniteQuery(
    trpc.order.list.infiniteQueryOptions(orderListInput, orderListPaging),
  );
  const orders = data.pages.flatMap((page) => page.items);

  if (orders.length === 0) {
    return (
      <div className="rounded-2xl border border-dashed border-stone-300 px-6 py-16 text-center">
        <p className="text-base font-medium text-ink">No orders yet</p>
        <p className="mt-1 text-sm text-stone-600">When you place an order, it shows up here.</p>
        <Link href="/products" className={`${buttonStyles({ variant: "secondary" })} mt-6`}>
          Start shopping
        </Link>
      </div>
    );
  }

  return (
    <>
      <ul role="list" className="divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white ring-1 ring-stone-200">
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
      {hasNextPage && (
        <div className="mt-8 flex justify-center">
          <Button variant="secondary" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
            {isFetchingNextPage ? "Loading…" : "Show older orders"}
          </Button>
        </div>
      )}
      {isFetchNextPageError && !isFetchingNextPage && (
        <p role="alert" className="mt-4 text-center text-sm text-red-700">
          Could not load more orders. Try again.
        </p>
      )}
    </>
  );
}
