"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/react";
import { AdminOrderActions } from "./order-actions";
import { AdminSection } from "../shell/section";
import { LocalTime } from "@/app/_components/local-time";
import { OrderAddressCard } from "@/app/_components/order-address-card";
import { OrderHistoryCard } from "@/app/_components/order-history-card";
import { OrderItemsCard } from "@/app/_components/order-items-card";
import { OrderHeading } from "@/app/_components/order-heading";
import { Price } from "@/app/_components/price";

export function AdminOrderDetailView({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data: order } = useSuspenseQuery(trpc.admin.orders.get.queryOptions({ id }));
  return (
    <div className="space-y-6">
      <OrderHeading number={order.number} status={order.status} />
      <p className="text-sm text-stone-600">
        Placed <LocalTime date={order.placedAt} /> by{" "}
        <Link
          href={`/admin/customers/${order.customer.id}`}
          className="font-medium text-brand-700 hover:text-brand-600"
        >
          {order.customer.name}
        </Link>{" "}
        ({order.customer.email})
      </p>
      <AdminSection id="actions" title="Next step">
        <AdminOrderActions order={order} />
      </AdminSection>
      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <OrderItemsCard order={order} linkProducts={false}>
          <h3 className="mt-8 text-sm font-semibold text-ink">Payments</h3>
          {order.payments.length === 0 ? (
            <p className="mt-2 text-sm text-stone-500">No payment received.</p>
          ) : (
            <ul role="list" className="mt-2 space-y-1 text-sm text-stone-700">
              {order.payments.map((payment) => (
                <li key={payment.reference}>
                  <Price price={payment.amount} /> via {payment.provider} · {payment.status.toLowerCase()} ·{" "}
                  <span className="font-mono text-xs">{payment.reference}</span>
                </li>
              ))}
            </ul>
          )}
        </OrderItemsCard>
        <div className="space-y-6">
          <OrderAddressCard title="Ship to" address={order.shippingAddress} />
          <OrderHistoryCard timeline={order.timeline} />
        </div>
      </div>
    </div>
  );
}
