// Which status an order may move to from each status, and what each move does beyond the
// status itself. Payment (PENDING_PAYMENT → PAID) is not here: only the payment webhook does it.
import "server-only";
import type { OrderStatus } from "./order.schema";

export type TransitionEffects = {
  // Return the items to stock (they never left the building).
  restock: boolean;
  // Mark the payments refunded.
  refund: boolean;
  email: "order-shipped" | "order-cancelled" | null;
};

const none: TransitionEffects = { restock: false, refund: false, email: null };
const cancelUnpaid: TransitionEffects = { restock: true, refund: false, email: "order-cancelled" };
const cancelPaid: TransitionEffects = { restock: true, refund: true, email: "order-cancelled" };
// After shipping the goods are with the customer; a refund does not put them back on the shelf
// (returns are counted back in with a stock adjustment once they arrive).
const refundShipped: TransitionEffects = { restock: false, refund: true, email: null };

const transitions: Partial<Record<OrderStatus, Partial<Record<OrderStatus, TransitionEffects>>>> = {
  PENDING_PAYMENT: { CANCELLED: cancelUnpaid },
  PAID: { FULFILLING: none, CANCELLED: cancelPaid },
  FULFILLING: { SHIPPED: { ...none, email: "order-shipped" }, CANCELLED: cancelPaid },
  SHIPPED: { DELIVERED: none, REFUNDED: refundShipped },
  DELIVERED: { REFUNDED: refundShipped },
};

export function transitionEffects(from: OrderStatus, to: OrderStatus): TransitionEffects | null {
  return transitions[from]?.[to] ?? null;
}

export function nextStatuses(from: OrderStatus): OrderStatus[] {
  return Object.keys(transitions[from] ?? {}) as OrderStatus[];
}
