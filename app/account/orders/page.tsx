import type { Metadata } from "next";
import { BackLink } from "../_components/back-link";
import { Suspense } from "react";
import { OrderList } from "@/app/account/_components/order-list";
import { orderListInput } from "@/app/account/_lib/order-list-query";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import { SessionEndedCard } from "@/app/account/_components/session-ended-card";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";

export const metadata: Metadata = { title: "Your orders" };

export default async function OrdersPage() {
  const queryClient = getQueryClient();
  const viewer = await queryClient.fetchQuery(trpc.auth.viewer.queryOptions());
  if (viewer)
    void queryClient.prefetchInfiniteQuery(trpc.order.list.infiniteQueryOptions(orderListInput, cursorPaging));
  return (
    <HydrateClient>
      <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
        <BackLink href="/account">Your account</BackLink>
        <h1 className="mt-3 text-3xl font-semibold tracking-tight text-ink">Your orders</h1>
        <div className="mt-8">
          {viewer ? (
            <Suspense fallback={<Skeleton className="h-72 w-full rounded-2xl" />}>
              <OrderList />
            </Suspense>
          ) : (
            <SessionEndedCard />
          )}
        </div>
      </div>
    </HydrateClient>
  );
}
