import type { OrderDetail } from "@/server/order/order.schema";

export function OrderAddressCard({ title, address }: { title: string; address: OrderDetail["shippingAddress"] }) {
  return (
    <section aria-labelledby="address-heading" className="rounded-2xl bg-white p-6 ring-1 ring-stone-200">
      <h2 id="address-heading" className="text-base font-semibold text-ink">
        {title}
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
  );
}
