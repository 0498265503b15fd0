import { OptimizedImage } from "@/app/_components/optimized-image";
import Link from "next/link";
import type { ReactNode } from "react";
import type { OrderDetail } from "@/server/order/order.schema";
import { OrderTotals } from "./order-totals";
import { Price } from "./price";

// An order's lines and totals, for the shopper's and the staff order pages; `children` adds
// what only one of them shows (the staff page lists payments).
export function OrderItemsCard({
  order,
  linkProducts,
  children,
}: {
  order: OrderDetail;
  linkProducts: boolean;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby="items-heading" className="rounded-2xl bg-white p-6 ring-1 ring-stone-200">
      <h2 id="items-heading" className="text-base font-semibold text-ink">
        Items
      </h2>
      <ul role="list" className="mt-4 divide-y divide-stone-200 text-sm">
        {order.lines.map((line) => (
          <li key={line.productSlug} className="flex items-start gap-4 py-3">
            {/* Decorative: the product's name is right beside it. */}
            <span className="relative size-14 shrink-0 overflow-hidden rounded-lg bg-stone-100 ring-1 ring-stone-900/5">
              {line.image && <OptimizedImage src={line.image.url} alt="" fill sizes="56px" className="object-cover" />}
            </span>
            <span className="min-w-0 flex-1">
              {linkProducts ? (
                <Link href={`/products/${line.productSlug}`} className="font-medium text-ink hover:text-brand-700">
                  {line.productName}
                </Link>
              ) : (
                <span className="font-medium text-ink">{line.productName}</span>
              )}
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
      {children}
    </section>
  );
}
