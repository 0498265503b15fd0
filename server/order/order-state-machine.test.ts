import { describe, expect, it } from "vitest";
import { orderStatusSchema, type OrderStatus } from "./order.schema";
import { nextStatuses, transitionEffects } from "./order-state-machine";

describe("order state machine", () => {
  it("allows exactly these moves", () => {
    const allowed = Object.fromEntries(orderStatusSchema.options.map((status) => [status, nextStatuses(status)]));
    expect(allowed).toEqual({
      PENDING_PAYMENT: ["CANCELLED"],
      PAID: ["FULFILLING", "CANCELLED"],
      FULFILLING: ["SHIPPED", "CANCELLED"],
      SHIPPED: ["DELIVERED", "REFUNDED"],
      DELIVERED: ["REFUNDED"],
      CANCELLED: [],
      REFUNDED: [],
    });
  });

  it.each<[OrderStatus, OrderStatus]>([
    ["PENDING_PAYMENT", "PAID"],
    ["PENDING_PAYMENT", "SHIPPED"],
    ["PAID", "SHIPPED"],
    ["SHIPPED", "CANCELLED"],
    ["DELIVERED", "SHIPPED"],
    ["CANCELLED", "PAID"],
    ["REFUNDED", "DELIVERED"],
    ["PAID", "PAID"],
  ])("refuses %s → %s", (from, to) => {
    expect(transitionEffects(from, to)).toBeNull();
  });

  it("restocks, refunds and emails where it should", () => {
    expect(transitionEffects("PENDING_PAYMENT", "CANCELLED")).toEqual({ restock: true, refund: false, email: "order-cancelled" });
    expect(transitionEffects("PAID", "CANCELLED")).toEqual({ restock: true, refund: true, email: "order-cancelled" });
    expect(transitionEffects("FULFILLING", "SHIPPED")).toEqual({ restock: false, refund: false, email: "order-shipped" });
    expect(transitionEffects("SHIPPED", "REFUNDED")).toEqual({ restock: false, refund: true, email: null });
    expect(transitionEffects("PAID", "FULFILLING")).toEqual({ restock: false, refund: false, email: null });
  });
});
