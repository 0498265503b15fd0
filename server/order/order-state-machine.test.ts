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

  // Every allowed move with its effects: cancelling restocks (refunding when paid); refunding
  // after shipping does not restock; only shipping and cancelling email the customer.
  it.each<[OrderStatus, OrderStatus, { restock: boolean; refund: boolean; email: string | null }]>([
    ["PENDING_PAYMENT", "CANCELLED", { restock: true, refund: false, email: "order-cancelled" }],
    ["PAID", "FULFILLING", { restock: false, refund: false, email: null }],
    ["PAID", "CANCELLED", { restock: true, refund: true, email: "order-cancelled" }],
    ["FULFILLING", "SHIPPED", { restock: false, refund: false, email: "order-shipped" }],
    ["FULFILLING", "CANCELLED", { restock: true, refund: true, email: "order-cancelled" }],
    ["SHIPPED", "DELIVERED", { restock: false, refund: false, email: null }],
    ["SHIPPED", "REFUNDED", { restock: false, refund: true, email: null }],
    ["DELIVERED", "REFUNDED", { restock: false, refund: true, email: null }],
  ])("%s → %s has its effects", (from, to, effects) => {
    expect(transitionEffects(from, to)).toEqual(effects);
  });
});
