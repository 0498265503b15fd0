// What a shopper reads of an order's history. The events table also holds notes for staff:
// the payment webhook names the provider's payment reference, and a payment that did not move
// the order (a wrong amount, money arriving after a cancellation) is an event that keeps the
// status. Staff see every event as written; shoppers see each status once, in their words.
import "server-only";
import type { OrderDetail } from "./order.schema";

type TimelineEvent = OrderDetail["timeline"][number];

export function shopperTimeline(events: TimelineEvent[]): TimelineEvent[] {
  return events.flatMap((event, index) => {
    if (index > 0 && events[index - 1]?.status === event.status) return [];
    // Only the payment webhook moves an order to PAID (see order-state-machine.ts); its note is
    // the provider's reference. How and when they paid is the order's `payment`.
    return [event.status === "PAID" ? { ...event, note: "" } : event];
  });
}

// How the shopper paid, by provider. The built-in test provider takes (test) cards.
const paymentMethods: Partial<Record<string, "CARD">> = { testpay: "CARD" };

export function paymentSummary(
  paidAt: Date | null,
  payments: { provider: string; status: string }[],
): OrderDetail["payment"] {
  if (!paidAt) return null;
  const taken = payments.find((payment) => payment.status === "SUCCEEDED" || payment.status === "REFUNDED");
  return { method: (taken && paymentMethods[taken.provider]) ?? null, paidAt };
}
