"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/react";
import { CancelOrderButton } from "./cancel-order-button";
import { LocalTime } from "./local-time";
import { OrderStatusBadge } from "./order-status-badge";
import { OrderTimeline } from "./order-timeline";
import { OrderTotals } from "./order-totals";
import { Price } from "./price";
import { buttonStyles } from "./ui/button";

const cardStyles = "rounded-2xl bg-white p-6 ring-1 ring-stone-200";

export function OrderDetailView({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const { data: order } = useSuspenseQuery(trpc.order.get.queryOptions({ id: orderId }));
  const address = order.shippingAddress;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">Order {order.number}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="text-sm text-stone-600">
        Placed <LocalTime date={order.placedAt} />
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
        <section aria-labelledby="items-heading" className={cardStyles}>
          <h2 id="items-heading" className="text-base font-semibold text-ink">
            Items
          </h2>
          <ul role="list" className="mt-4 divide-y divide-stone-200 text-sm">
            {order.lines.map((line) => (
              <li key={line.productSlug} className="flex justify-between gap-4 py-3">
                <span className="min-w-0">
                  <Link href={`/products/${line.productSlug}`} className="font-medium text-ink hover:text-brand-700">
                    {line.productName}
                  </Link>
                  <span className="block text-stone-500">
                    {line.quantity} × <Price price={line.unitPrice} />
                  </span>
                </span>
                <Price price={line.lineTotal} className="text-ink" />
              </li>
            ))}
          </ul>
          <div className="mt-4 border-t border-stone-200 pt-4">
            <OrderTotals subtotal={order.subtotal} shipping={order.shipping} total={order.total} />
          </div>
        </section>
        <div className="space-y-6">
          <section aria-labelledby="address-heading" className={cardStyles}>
            <h2 id="address-heading" className="text-base font-semibold text-ink">
              Shipping to
            </h2>
            <address className="mt-3 text-sm leading-6 text-stone-700 not-italic">
              {address.fullName}
              <br />
              {address.line1}
              {address.line2 && (
                <>
                  <br />
                  {address.line2}
                </>
              )}
              <br />
              {address.postalCode} {address.city}
              <br />
              {address.country}
            </address>
          </section>
          <section aria-labelledby="timeline-heading" className={cardStyles}>
            <h2 id="timeline-heading" className="text-base font-semibold text-ink">
              Status history
            </h2>
            <div className="mt-4">
              <OrderTimeline events={order.timeline} />
            </div>
          </section>
        </div>
      </div>
      {order.cancellable && <CancelOrderButton orderId={order.id} />}
    </div>
  );
}
