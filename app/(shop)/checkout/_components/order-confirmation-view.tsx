"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/react";
import type { OrderDetail } from "@/server/order/order.schema";
import { OrderAddressCard } from "@/app/_components/order-address-card";
import { ConfirmingPayment, OrderEnded, ThankYou } from "./order-confirmation-states";
import { OrderItemsCard } from "@/app/_components/order-items-card";

// How often to ask again while the provider's payment message has not arrived yet.
const POLL_MS = 2000;

const ended: OrderDetail["status"][] = ["CANCELLED", "REFUNDED"];

// The thank-you page. The shopper may arrive before the provider's webhook has marked the order
// paid: it then says so and asks the server again until the order moves on.
export function OrderConfirmationView({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const { data: order } = useSuspenseQuery({
    ...trpc.order.get.queryOptions({ id: orderId }),
    refetchInterval: (query) => (query.state.data?.status === "PENDING_PAYMENT" ? POLL_MS : false),
  });

  return (
    <div className="space-y-8">
      {order.status === "PENDING_PAYMENT" ? (
        <ConfirmingPayment order={order} />
      ) : ended.includes(order.status) ? (
        <OrderEnded order={order} />
      ) : (
        <ThankYou order={order} />
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <OrderItemsCard order={order} linkProducts />
        <div>
          <OrderAddressCard title="Shipping to" address={order.shippingAddress} />
        </div>
      </div>
    </div>
  );
}
