import { describe, expect, it } from "vitest";
import { paymentSummary, shopperTimeline } from "./order-timeline";

const at = new Date("2026-11-29T10:00:00Z");

describe("shopperTimeline", () => {
  it("keeps each status once, in order, and drops the payment reference from the paid step", () => {
    const events = [
      { status: "PENDING_PAYMENT" as const, note: "Order placed", at },
      { status: "PENDING_PAYMENT" as const, note: "Payment pay_1 of $9.00 does not match the order total", at },
      { status: "PAID" as const, note: "Payment pay_2 received", at },
      { status: "CANCELLED" as const, note: "Cancelled by the shop", at },
      { status: "CANCELLED" as const, note: "Payment pay_3 arrived after cancellation; refund due", at },
    ];
    expect(shopperTimeline(events)).toEqual([
      { status: "PENDING_PAYMENT", note: "Order placed", at },
      { status: "PAID", note: "", at },
      { status: "CANCELLED", note: "Cancelled by the shop", at },
    ]);
  });
});

describe("paymentSummary", () => {
  it("says how an order was paid when the provider is known, and only once it is paid", () => {
    expect(paymentSummary(null, [{ provider: "testpay", status: "FAILED" }])).toBeNull();
    expect(
      paymentSummary(at, [
        { provider: "testpay", status: "FAILED" },
        { provider: "testpay", status: "SUCCEEDED" },
      ]),
    ).toEqual({ method: "CARD", paidAt: at });
    expect(paymentSummary(at, [{ provider: "elsewhere", status: "REFUNDED" }])).toEqual({ method: null, paidAt: at });
  });
});
