import type { OrderStatus } from "@/server/order/order.schema";
import { Badge, type BadgeTone } from "./ui/badge";

export const orderStatusLabels: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "Awaiting payment",
  PAID: "Paid",
  FULFILLING: "Being packed",
  SHIPPED: "Shipped",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
  REFUNDED: "Refunded",
};

const tones: Record<OrderStatus, BadgeTone> = {
  PENDING_PAYMENT: "warning",
  PAID: "success",
  FULFILLING: "info",
  SHIPPED: "info",
  DELIVERED: "success",
  CANCELLED: "neutral",
  REFUNDED: "neutral",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <Badge tone={tones[status]} size="md" data-testid="order-status">
      {orderStatusLabels[status]}
    </Badge>
  );
}
