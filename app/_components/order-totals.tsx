import type { Money } from "@/server/catalog/catalog.schema";
import { Price } from "./price";

// Subtotal, shipping and total as a definition list; shared by cart, checkout and order pages.
export function OrderTotals({ subtotal, shipping, total }: { subtotal: Money; shipping: Money; total: Money }) {
  return (
    <dl className="space-y-3 text-sm">
      <div className="flex justify-between text-stone-600">
        <dt>Subtotal</dt>
        <dd>
          <Price price={subtotal} />
        </dd>
      </div>
      <div className="flex justify-between text-stone-600">
        <dt>Shipping</dt>
        <dd>{shipping.amountCents === 0 ? "Free" : <Price price={shipping} />}</dd>
      </div>
      <div className="flex justify-between border-t border-stone-200 pt-3 text-base font-semibold text-ink">
        <dt>Total</dt>
        <dd>
          <Price price={total} />
        </dd>
      </div>
    </dl>
  );
}
