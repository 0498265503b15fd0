import type { Cart } from "@/server/cart/cart.schema";
import { OrderTotals } from "@/app/_components/order-totals";
import { Price } from "@/app/_components/price";

// The order as it will be placed: lines and totals from the server's cart.
export function CheckoutReview({ cart }: { cart: Cart }) {
  return (
    <section aria-labelledby="review-heading" className="h-fit rounded-2xl bg-stone-50 p-6 ring-1 ring-stone-200">
      <h2 id="review-heading" className="text-base font-semibold text-ink">
        Your order
      </h2>
      <ul role="list" className="mt-5 divide-y divide-stone-200 text-sm">
        {cart.lines.map((line) => (
          <li key={line.productId} className="flex justify-between gap-4 py-3">
            <span className="min-w-0 text-stone-700">
              {line.name} <span className="text-stone-500">× {line.quantity}</span>
            </span>
            <Price price={line.lineTotal} className="text-ink" />
          </li>
        ))}
      </ul>
      <div className="mt-4 border-t border-stone-200 pt-4">
        <OrderTotals subtotal={cart.subtotal} shipping={cart.shipping} total={cart.total} />
      </div>
    </section>
  );
}
