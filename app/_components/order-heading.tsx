import { OrderStatusBadge } from "./order-status-badge";

// An order page's title: its number and where it stands, for the shopper and for staff alike.
export function OrderHeading({
  number,
  status,
}: {
  number: string;
  status: Parameters<typeof OrderStatusBadge>[0]["status"];
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <h1 className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">Order {number}</h1>
      <OrderStatusBadge status={status} />
    </div>
  );
}
