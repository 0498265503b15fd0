import type { Metadata } from "next";
import { Suspense } from "react";
import { CartView } from "./_components/cart-view";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";

export const metadata: Metadata = { title: "Your cart" };

export default function CartPage() {
  void getQueryClient().prefetchQuery(trpc.cart.get.queryOptions());
  return (
    <HydrateClient>
      <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6 sm:py-16 lg:px-8">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">Your cart</h1>
        <div className="mt-8">
          <Suspense fallback={<Skeleton className="h-64 w-full rounded-2xl" />}>
            <CartView />
          </Suspense>
        </div>
      </div>
    </HydrateClient>
  );
}
