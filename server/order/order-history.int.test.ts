// What the shopper reads in an order's status history: one line per status, with a note only
// when it says something the status does not.
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { paidOrder } from "../../tests/support/orders";

let productId: string;

beforeEach(async () => {
  productId = (await createProduct(db, (await createCategory(db)).id, { stock: 10, priceCents: 2500 })).id;
});

describe("order history", () => {
  it("writes no note that only repeats the status when staff pack, ship and deliver", async () => {
    const { caller, orderId } = await paidOrder(db, productId);
    const admin = await signedInCaller(db, { role: "ADMIN" });
    for (const to of ["FULFILLING", "SHIPPED", "DELIVERED"] as const) await admin.caller.admin.orders.transition({ id: orderId, to });
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
    const migration = new URL("../../prisma/migrations/20261129235822_clear_notes_repeating_status/migration.sql", import.meta.url);
    await db.$executeRawUnsafe(readFileSync(migration, "utf8"));
    const events = await db.orderEvent.findMany({ where: { orderId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { note: true } });
    expect(events.slice(2).map((event) => event.note)).toEqual(["", "", "", "Refund recorded by staff", "Tracking: 1Z999"]);
  });
});
