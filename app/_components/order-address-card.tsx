import { addressLines } from "@/server/checkout/address";
import type { OrderDetail } from "@/server/order/order.schema";

// The address in the order its country's post reads it ("Portland, OR 97201", "75008 Paris").
export function OrderAddressCard({ title, address }: { title: string; address: OrderDetail["shippingAddress"] }) {
  return (
    <section aria-labelledby="address-heading" className="rounded-2xl bg-white p-6 ring-1 ring-stone-200">
      <h2 id="address-heading" className="text-base font-semibold text-ink">
        {title}
      </h2>
      <address className="mt-3 text-sm leading-6 text-stone-700 not-italic">
        {addressLines(address).map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one address, in order, and two may read the same
          <span key={index} className="block">
            {line}
          </span>
        ))}
      </address>
    </section>
  );
}
