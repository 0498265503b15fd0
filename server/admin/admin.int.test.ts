import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";

const address = { fullName: "Ana", line1: "1 St", city: "Lisbon", postalCode: "1100-148", country: "PT" };

async function order(productId: string, quantity: number) {
  const buyer = await signedInCaller(db);
  await buyer.caller.cart.addItem({ productId, quantity });
  return (await buyer.caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address })).orderId;
}

describe("admin overview", () => {
  it("reports revenue by payment day, orders by status, low stock and recent orders", async () => {
    const category = await createCategory(db);
    const mug = await createProduct(db, category.id, { name: "Mug", priceCents: 10_000, stock: 20 });
    const lamp = await createProduct(db, category.id, { name: "Lamp", priceCents: 5_000, stock: 3 });
    const paidToday = await order(mug.id, 1);
    const paidLastWeek = await order(mug.id, 2);
    const refunded = await order(mug.id, 1);
    await order(lamp.id, 1);
    await db.order.update({ where: { id: paidToday }, data: { status: "PAID", paidAt: new Date() } });
    await db.order.update({
      where: { id: paidLastWeek },
      data: { status: "SHIPPED", paidAt: new Date(Date.now() - 7 * 86_400_000) },
    });
    await db.order.update({ where: { id: refunded }, data: { status: "REFUNDED", paidAt: new Date() } });

    const admin = await signedInCaller(db, { role: "ADMIN" });
    const overview = await admin.caller.admin.overview();
    // Free shipping from 75.00: every order here is 100.00 or more, except the lamp's 50.00 + 5.00.
    expect(overview.revenueToday).toEqual({ amountCents: 10_000, currency: "USD" });
    expect(overview.revenueLast30Days).toEqual({ amountCents: 30_000, currency: "USD" });
    expect(overview.dailySales).toHaveLength(30);
    expect(overview.dailySales.at(-1)).toMatchObject({
      day: new Date().toISOString().slice(0, 10),
      revenueCents: 10_000,
      orders: 1,
    });
    expect(overview.dailySales.at(-8)).toMatchObject({ revenueCents: 20_000, orders: 1 });
    expect(Object.fromEntries(overview.ordersByStatus.map((group) => [group.status, group.count]))).toEqual({
      PAID: 1,
      SHIPPED: 1,
      REFUNDED: 1,
      PENDING_PAYMENT: 1,
    });
    expect(overview.lowStock).toEqual([{ id: lamp.id, name: "Lamp", stock: 2 }]);
    expect(overview.recentOrders).toHaveLength(4);
    expect(overview.recentOrders[0]?.total).toEqual({ amountCents: 5_500, currency: "USD" });
  });
});
