"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { hasSessionHint } from "@/app/_lib/session-refresh";
import { useTRPC } from "@/app/_trpc/react";
import { orderStatusLabels } from "@/app/_components/order-status-badge";
import { showToast } from "./lazy-toast";
import { emitLiveEvent, unwrapLiveItem } from "./live-bus";

// A signed-in shopper's one stream per tab (live.me): their orders' status changes and support
// messages. Pages showing those refetch; other pages of the shop show a toast.
// It opens after hydration, on the session hint cookie: reading the viewer query here, above
// the pages' hydration boundaries, would create that query empty in the browser before the
// page's prefetched copy arrives, and the header would then render differently from the server.
export function ShopperLive() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pathname = usePathname();
  const router = useRouter();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  // Read again on every navigation (the pathname changes): a sign-in or sign-out switches it.
  const signedIn = hydrated && hasSessionHint();

  useSubscription(
    trpc.live.me.subscriptionOptions(
      {},
      {
        enabled: signedIn,
        onData: (item) => {
          const event = unwrapLiveItem(item);
          emitLiveEvent(event);
          if (event.type === "resync") void queryClient.invalidateQueries();
          if (
            event.type === "support.message" ||
            event.type === "support.read" ||
            event.type === "support.conversation"
          )
            void queryClient.invalidateQueries(trpc.support.pathFilter());
          if (
            event.type === "support.message" &&
            event.from === "staff" &&
            pathname !== `/account/support/${event.conversationId}`
          )
            showToast(`The shop answered: ${event.preview}`, {
              action: { label: "View", onClick: () => router.push(`/account/support/${event.conversationId}`) },
            });
          if (event.type === "order.status") {
            void queryClient.invalidateQueries(trpc.order.pathFilter());
            if (pathname !== `/account/orders/${event.orderId}`)
              showToast(`Order ${event.number} is now ${orderStatusLabels[event.status].toLowerCase()}`, {
                action: { label: "View", onClick: () => router.push(`/account/orders/${event.orderId}`) },
              });
          }
        },
      },
    ),
  );
  return null;
}
