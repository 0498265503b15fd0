"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/react";
import { CancelOrderButton } from "./cancel-order-button";
import { LocalTime } from "@/app/_components/local-time";
import { OrderAddressCard } from "@/app/_components/order-address-card";
import { OrderHistoryCard } from "@/app/_components/order-history-card";
import { OrderItemsCard } from "@/app/_components/order-items-card";
import { OrderPaymentLine } from "@/app/_components/order-payment-line";
import { OrderHeading } from "@/app/_components/order-heading";
import { buttonStyles } from "@/app/_components/ui/button";

export function OrderDetailView({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const { data: order } = useSuspenseQuery(trpc.order.get.queryOptions({ id: orderId }));

  return (
    <div className="space-y-6">
      <OrderHeading number={order.number} status={order.status} />
      <p className="text-sm text-stone-600">
        Placed <LocalTime date={order.placedAt} />
        {order.payment && (
          <>
            {" · "}
            <OrderPaymentLine payment={order.payment} />
          </>
        )}
      </p>
      {order.status === "PENDING_PAYMENT" && (
        <div className="flex flex-wrap items-center gap-4 rounded-2xl border border-amber-200 bg-amber-50 p-5">
          <p className="text-sm text-amber-900">
            Waiting for payment. Pay by <LocalTime date={order.paymentExpiresAt} /> or the order is released.
          </p>
          <Link href={`/checkout/pay/${order.id}`} className={`${buttonStyles({ size: "sm" })} ml-auto`}>
            Pay now
          </Link>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <OrderItemsCard order={order} linkProducts />
        <div className="space-y-6">
          <OrderAddressCard title="Shipping to" address={order.shippingAddress} />
          <OrderHistoryCard timeline={order.timeline} />
        </div>
      </div>
      <div className="flex flex-wrap items-start gap-4">
        {order.cancellable && <CancelOrderButton orderId={order.id} />}
        <Link
          href={`/account/support?order=${order.id}`}
          className={buttonStyles({ variant: "secondary", size: "sm" })}
        >
          Ask about this order
        </Link>
      </div>
    </div>
  );
}
