// Orders for integration tests, made the way shoppers make them (cart → checkout) and paid
// through the payment service, exactly as a verified webhook would pay them.
import { randomUUID } from "node:crypto";
import type { Db } from "../../server/db";
import { signedInCaller } from "./callers";

export const testAddress = {
  fullName: "Ana Shopper",
  line1: "1 Market Street",
  city: "Lisbon",
  postalCode: "1100-148",
  country: "PT",
};

export async function placedOrder(db: Db, productId: string, options: { quantity?: number; email?: string } = {}) {
  const buyer = await signedInCaller(db, options.email ? { email: options.email } : {});
  await buyer.caller.cart.addItem({ productId, quantity: options.quantity ?? 1 });
  const { orderId } = await buyer.caller.checkout.placeOrder({
    idempotencyKey: randomUUID(),
    shippingAddress: testAddress,
  });
  return { ...buyer, orderId };
}

export async function payOrder(db: Db, orderId: string): Promise<void> {
  const { applyPaymentEvent } = await import("../../server/payments/payments.service");
  const { totalCents, currency } = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { totalCents: true, currency: true },
  });
  const data = { paymentId: `pay_${randomUUID()}`, orderId, amountCents: totalCents, currency };
  const outcome = await applyPaymentEvent(`evt_${randomUUID()}`, { type: "payment.succeeded", data });
  if (outcome !== "applied") throw new Error(`payment not applied: ${outcome}`);
}

export async function paidOrder(db: Db, productId: string, options: { quantity?: number; email?: string } = {}) {
  const order = await placedOrder(db, productId, options);
  await payOrder(db, order.orderId);
  return order;
}
