import Link from "next/link";
import type { ReactNode } from "react";
import type { OrderDetail } from "@/server/order/order.schema";
import { orderStatusLabels } from "@/app/_components/order-status-badge";
import { OrderPaymentLine } from "@/app/_components/order-payment-line";
import { buttonStyles } from "@/app/_components/ui/button";
import { Spinner } from "@/app/_components/ui/spinner";

// The top of the confirmation page, one per state of the order.

function Heading({ number, title, children }: { number: string; title: string; children?: ReactNode }) {
  return (
    <div>
      <p className="text-sm font-medium text-brand-700">Order {number}</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight text-balance text-ink sm:text-4xl">{title}</h1>
      {children && <p className="mt-2 text-base text-stone-600">{children}</p>}
    </div>
  );
}

function Actions({ orderId }: { orderId: string }) {
  return (
    <div className="flex flex-wrap gap-3">
      <Link href={`/account/orders/${orderId}`} className={buttonStyles()}>
        View your order
      </Link>
      <Link href="/products" className={buttonStyles({ variant: "secondary" })}>
        Keep shopping
      </Link>
    </div>
  );
}

const nextSteps: Partial<Record<OrderDetail["status"], string>> = {
  PAID: "We’re getting your order ready and will email you when it ships.",
  FULFILLING: "We’re packing your order and will email you when it ships.",
  SHIPPED: "Your order is on its way: the shipping email has the details.",
  DELIVERED: "Your order has been delivered.",
};

export function ThankYou({ order }: { order: OrderDetail }) {
  return (
    <>
      <Heading number={order.number} title="Thank you for your order">
        <OrderPaymentLine payment={order.payment} />
      </Heading>
      <section aria-labelledby="next-heading" className="space-y-5 rounded-2xl bg-brand-50 p-6 ring-1 ring-brand-100">
        <h2 id="next-heading" className="text-base font-semibold text-ink">
          What happens next
        </h2>
        <ul role="list" className="list-disc space-y-2 pl-5 text-sm leading-6 text-stone-700">
          <li>
            A confirmation email is on its way to{" "}
            <strong className="font-medium break-all text-ink">{order.email}</strong>.
          </li>
          <li>{nextSteps[order.status]}</li>
          <li>
            You can follow it at any time in{" "}
            <Link href="/account/orders" className="font-medium text-brand-700 hover:text-brand-600">
              your orders
            </Link>
            .
          </li>
        </ul>
        <Actions orderId={order.id} />
      </section>
    </>
  );
}

export function ConfirmingPayment({ order }: { order: OrderDetail }) {
  return (
    <div role="status" className="space-y-5 rounded-2xl bg-white p-6 ring-1 ring-stone-200">
      <Heading number={order.number} title="We’re confirming your payment" />
      <p className="flex items-center gap-3 text-sm leading-6 text-stone-700">
        <Spinner className="text-brand-600" />
        This usually takes a few seconds, and this page updates by itself. There is no need to pay again.
      </p>
      <p className="text-sm text-stone-600">
        Didn’t finish paying?{" "}
        <Link href={`/checkout/pay/${order.id}`} className="font-medium text-brand-700 hover:text-brand-600">
          Go back to payment
        </Link>
      </p>
    </div>
  );
}

export function OrderEnded({ order }: { order: OrderDetail }) {
  return (
    <div className="space-y-5 rounded-2xl bg-white p-6 ring-1 ring-stone-200">
      <Heading number={order.number} title={`This order was ${orderStatusLabels[order.status].toLowerCase()}`}>
        There is nothing more to confirm. The order page has its full history.
      </Heading>
      <Actions orderId={order.id} />
    </div>
  );
}
