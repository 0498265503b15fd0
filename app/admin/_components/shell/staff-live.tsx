"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { showToast } from "@/app/_components/live/lazy-toast";
import { emitLiveEvent, unwrapLiveItem } from "@/app/_components/live/live-bus";
import { formatMoney } from "@/app/_components/price";
import { useTRPC } from "@/app/_trpc/react";
import { clearNewOrders, countNewOrder } from "./new-orders";

// Staff's one stream per tab (live.admin): new orders, payments, low stock, support messages. The dashboard's
// queries refetch on each event, so the overview's numbers and the lists move by themselves;
// the feed also shows as toasts.
export function StaffLive() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    if (pathname === "/admin/orders") clearNewOrders();
  }, [pathname]);

  useSubscription(
    trpc.live.admin.subscriptionOptions(
      {},
      {
        onData: (item) => {
          const event = unwrapLiveItem(item);
          emitLiveEvent(event);
          if (event.type === "resync") return void queryClient.invalidateQueries();
          // Neither changes stored data: nothing to refetch.
          if (event.type === "support.typing" || event.type === "ready") return;
          void queryClient.invalidateQueries(trpc.admin.pathFilter());
          const open = (href: string) => ({ label: "Open", onClick: () => router.push(href) });
          if (event.type === "order.placed") {
            if (pathname !== "/admin/orders") countNewOrder();
            showToast(
              `New order ${event.number} · ${formatMoney({ amountCents: event.totalCents, currency: event.currency })}`,
              {
                action: open(`/admin/orders/${event.orderId}`),
              },
            );
          }
          if (event.type === "order.paid")
            showToast(`Order ${event.number} is paid`, { action: open(`/admin/orders/${event.orderId}`) });
          if (
            event.type === "support.message" &&
            event.from === "shopper" &&
            pathname !== `/admin/support/${event.conversationId}`
          )
            showToast(`New support message: ${event.preview}`, {
              action: open(`/admin/support/${event.conversationId}`),
            });
          if (event.type === "stock.low")
            showToast(`Low stock: ${event.name} (${event.stock} left)`, {
              action: open(`/admin/products/${event.productId}`),
            });
        },
      },
    ),
  );
  return null;
}
