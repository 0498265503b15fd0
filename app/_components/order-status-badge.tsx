import type { OrderStatus } from "@/server/order/order.schema";

export const orderStatusLabels: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "Awaiting payment",
  PAID: "Paid",
  FULFILLING: "Being packed",
  SHIPPED: "Shipped",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
  REFUNDED: "Refunded",
};

const tones: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "bg-amber-50 text-amber-800 ring-amber-200",
  PAID: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  FULFILLING: "bg-sky-50 text-sky-800 ring-sky-200",
  SHIPPED: "bg-sky-50 text-sky-800 ring-sky-200",
  DELIVERED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  CANCELLED: "bg-stone-100 text-stone-700 ring-stone-200",
  REFUNDED: "bg-stone-100 text-stone-700 ring-stone-200",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span data-testid="order-status" className={`inline-flex items-center rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset ${tones[status]}`}>
      {orderStatusLabels[status]}
    </span>
  );
}
