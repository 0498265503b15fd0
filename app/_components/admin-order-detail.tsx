"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/react";
import { AdminOrderActions } from "./admin-order-actions";
import { LocalTime } from "./local-time";
import { OrderStatusBadge } from "./order-status-badge";
import { OrderTimeline } from "./order-timeline";
import { OrderTotals } from "./order-totals";
import { Price } from "./price";

const card = "rounded-2xl bg-white p-6 ring-1 ring-stone-200";

export function AdminOrderDetailView({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data: order } = useSuspenseQuery(trpc.admin.orders.get.queryOptions({ id }));
  const address = order.shippingAddress;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">Order {order.number}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="text-sm text-stone-600">
        Placed <LocalTime date={order.placedAt} /> by{" "}
        <Link href={`/admin/customers/${order.customer.id}`} className="font-medium text-brand-700 hover:text-brand-600">
          {order.customer.name}
        </Link>{" "}
        ({order.customer.email})
      </p>
      <section aria-labelledby="actions-heading" className={card}>
        <h2 id="actions-heading" className="mb-4 text-base font-semibold text-ink">
          Next step
        </h2>
        <AdminOrderActions order={order} />
      </section>
      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <section aria-labelledby="lines-heading" className={card}>
          <h2 id="lines-heading" className="text-base font-semibold text-ink">
            Items
          </h2>
          <ul role="list" className="mt-4 divide-y divide-stone-200 text-sm">
            {order.lines.map((line) => (
              <li key={line.productSlug} className="flex justify-between gap-4 py-3">
                <span>
                  <span className="font-medium text-ink">{line.productName}</span>
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
          <h3 className="mt-8 text-sm font-semibold text-ink">Payments</h3>
          {order.payments.length === 0 ? (
            <p className="mt-2 text-sm text-stone-500">No payment received.</p>
          ) : (
            <ul role="list" className="mt-2 space-y-1 text-sm text-stone-700">
              {order.payments.map((payment) => (
                <li key={payment.reference}>
                  <Price price={payment.amount} /> via {payment.provider} · {payment.status.toLowerCase()} · <span className="font-mono text-xs">{payment.reference}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <div className="space-y-6">
          <section aria-labelledby="ship-heading" className={card}>
            <h2 id="ship-heading" className="text-base font-semibold text-ink">
              Ship to
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
          <section aria-labelledby="history-heading" className={card}>
            <h2 id="history-heading" className="text-base font-semibold text-ink">
              Status history
            </h2>
            <div className="mt-4">
              <OrderTimeline events={order.timeline} />
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
