// What the shopper reads in an order's status history: one line per status, with a note only
// when it says something the status does not.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { paidOrder, placedOrder } from "../../tests/support/orders";

let productId: string;

beforeEach(async () => {
  productId = (await createProduct(db, (await createCategory(db)).id, { stock: 10, priceCents: 2500 })).id;
});

describe("order history", () => {
  it("writes no note that only repeats the status when staff pack, ship and deliver", async () => {
    const { caller, orderId } = await paidOrder(db, productId);
    const admin = await signedInCaller(db, { role: "ADMIN" });
    for (const to of ["FULFILLING", "SHIPPED", "DELIVERED"] as const)
      await admin.caller.admin.orders.transition({ id: orderId, to });
    const { timeline } = await caller.order.get({ id: orderId });
    expect(timeline.slice(2).map((event) => [event.status, event.note])).toEqual([
      ["FULFILLING", ""],
      ["SHIPPED", ""],
      ["DELIVERED", ""],
    ]);
    // What staff write is kept; a refund says it was recorded, with nothing before it.
    const refunded = await admin.caller.admin.orders.transition({ id: orderId, to: "REFUNDED" });
    expect(refunded.timeline.at(-1)?.note).toBe("Refund recorded by staff");
  });

  it("clears the notes earlier builds wrote that repeat the status (migration)", async () => {
    const { orderId } = await paidOrder(db, productId);
    const notes = [
      ["FULFILLING", "Being packed"],
      ["SHIPPED", "Shipped"],
      ["DELIVERED", "Delivered"],
      ["REFUNDED", "Refunded · refund recorded by staff"],
      ["SHIPPED", "Tracking: 1Z999"],
    ] as const;
    for (const [toStatus, note] of notes) await db.orderEvent.create({ data: { orderId, toStatus, note } });
    const migration = new URL(
      "../../prisma/migrations/20261129235822_clear_notes_repeating_status/migration.sql",
      import.meta.url,
    );
    await db.$executeRawUnsafe(readFileSync(migration, "utf8"));
    const events = await db.orderEvent.findMany({
      where: { orderId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { note: true },
    });
    expect(events.slice(2).map((event) => event.note)).toEqual([
      "",
      "",
      "",
      "Refund recorded by staff",
      "Tracking: 1Z999",
    ]);
  });

  it("tells the shopper how and when they paid, never the provider's payment reference", async () => {
    const unpaid = await placedOrder(db, productId);
    expect((await unpaid.caller.order.get({ id: unpaid.orderId })).payment).toBeNull();
    const { caller, orderId } = await paidOrder(db, productId);
    const { providerRef } = await db.payment.findFirstOrThrow({ where: { orderId } });
    const { paidAt } = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    const order = await caller.order.get({ id: orderId });
    expect(order.payment).toEqual({ method: "CARD", paidAt });
    expect(order.timeline.map((event) => [event.status, event.note])).toEqual([
      ["PENDING_PAYMENT", "Order placed"],
      ["PAID", ""],
    ]);
    expect(JSON.stringify(order)).not.toContain(providerRef);
    // Staff keep the reference, to find the payment at the provider.
    const admin = await signedInCaller(db, { role: "ADMIN" });
    const staffView = await admin.caller.admin.orders.get({ id: orderId });
    expect(staffView.payments.map((payment) => payment.reference)).toEqual([providerRef]);
    expect(staffView.timeline.at(-1)?.note).toContain(providerRef);
  });

  it("shows each status once: a payment that did not move the order is a note for staff only", async () => {
    const { caller, orderId } = await paidOrder(db, productId);
    const admin = await signedInCaller(db, { role: "ADMIN" });
    await admin.caller.admin.orders.transition({ id: orderId, to: "CANCELLED" });
    // A second payment arrives after the cancellation: recorded for staff to refund.
    const { applyPaymentEvent } = await import("../payments/payments.service");
    const { totalCents, currency } = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    const data = { paymentId: `pay_${randomUUID()}`, orderId, amountCents: totalCents, currency };
    expect(await applyPaymentEvent(`evt_${randomUUID()}`, { type: "payment.succeeded", data })).toBe("ignored");
    const staffView = await admin.caller.admin.orders.get({ id: orderId });
    expect(staffView.timeline.map((event) => event.status)).toEqual([
      "PENDING_PAYMENT",
      "PAID",
      "CANCELLED",
      "CANCELLED",
    ]);
    const shopperView = await caller.order.get({ id: orderId });
    expect(shopperView.timeline.map((event) => event.status)).toEqual(["PENDING_PAYMENT", "PAID", "CANCELLED"]);
    expect(JSON.stringify(shopperView)).not.toContain(data.paymentId);
  });
});
