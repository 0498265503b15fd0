"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { unwrapLiveItem } from "@/app/_components/live/live-bus";
import { useTRPC } from "@/app/_trpc/react";
import { stockStatus } from "@/server/catalog/stock-status";

// The product page's stock follows sales and deliveries as they happen (at most a tick a
// second, coalesced by the server); the page's cached product query is updated in place.
export function useLiveStock(product: { id: string; slug: string }): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useSubscription(
    trpc.live.product.subscriptionOptions(
      { productId: product.id },
      {
        onData: (item) => {
          const event = unwrapLiveItem(item);
          if (event.type !== "stock") return;
          queryClient.setQueryData(trpc.product.get.queryKey({ slug: product.slug }), (current) =>
            current ? { ...current, stock: event.stock, stockStatus: stockStatus(event.stock) } : current,
          );
        },
      },
    ),
  );
}
