// Applies a verified payment-provider event. Each event id is recorded in the same
// transaction as its effect (a unique row), so a redelivery changes nothing; events arriving
// out of order leave the order consistent: payment only ever moves an order forward from
// PENDING_PAYMENT, and money that arrives for a cancelled order is recorded for refund.
import "server-only";
import { db, type DbTransaction } from "../db";
import { env } from "../env";
import { enqueueJob } from "../jobs/enqueue";
import { DomainError } from "../lib/errors";
import { logger } from "../lib/logger";
import { shippingAddressSelect, shippingAddressText } from "../order/order-address";
import { transitionOrder } from "../order/order.repo";
import type { PaymentEvent } from "./payment-event.schema";

export const PAYMENT_PROVIDER = "testpay";

export type EventOutcome = "applied" | "duplicate" | "ignored";

async function recordEventOnce(tx: DbTransaction, eventId: string, type: string): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO webhook_events (id, provider, "eventId", type) VALUES (gen_random_uuid(), ${PAYMENT_PROVIDER}, ${eventId}, ${type})
    ON CONFLICT (provider, "eventId") DO NOTHING`;
  return inserted === 1;
}

const formatMoney = (cents: number, currency: string) => new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);

export async function applyPaymentEvent(eventId: string, event: PaymentEvent): Promise<EventOutcome> {
  return db.$transaction(async (tx) => {
    if (!(await recordEventOnce(tx, eventId, event.type))) return "duplicate";
    const { orderId, paymentId, amountCents, currency } = event.data;
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, status: true, totalCents: true, currency: true, email: true, number: true, user: { select: { name: true } }, ...shippingAddressSelect } });
    if (!order) return "ignored";
    // A provider's payment id names one payment of one order. The same id sent for another
    // order is refused as a whole (the event is not recorded, nothing changes): otherwise one
    // payment could mark a second order paid.
    const known = await tx.payment.findUnique({ where: { provider_providerRef: { provider: PAYMENT_PROVIDER, providerRef: paymentId } }, select: { orderId: true } });
    if (known && known.orderId !== orderId) {
      logger.warn({ orderId, paymentOrderId: known.orderId, eventId }, "payment reference already belongs to another order; event refused");
      throw new DomainError("PAYMENT_REFERENCE_MISMATCH", "This payment belongs to another order");
    }
    const status = event.type === "payment.succeeded" ? "SUCCEEDED" : "FAILED";
    // A payment never moves backwards (a late "failed" after "succeeded" is ignored).
    await tx.payment.upsert({
      where: { provider_providerRef: { provider: PAYMENT_PROVIDER, providerRef: paymentId } },
      create: { orderId, provider: PAYMENT_PROVIDER, providerRef: paymentId, amountCents, currency, status },
      update: status === "SUCCEEDED" ? { status } : {},
    });
    if (event.type === "payment.failed") return "applied";

    if (amountCents !== order.totalCents || currency !== order.currency) {
      logger.warn({ orderId, amountCents, currency }, "payment amount does not match the order; left for staff");
      await tx.orderEvent.create({ data: { orderId, toStatus: order.status, note: `Payment ${paymentId} of ${formatMoney(amountCents, currency)} does not match the order total` } });
      return "ignored";
    }
    const paid = await transitionOrder(tx, { orderId, from: ["PENDING_PAYMENT"], to: "PAID", note: `Payment ${paymentId} received`, actorId: null });
    if (!paid) {
      if (order.status === "CANCELLED") {
        await tx.orderEvent.create({ data: { orderId, toStatus: "CANCELLED", note: `Payment ${paymentId} arrived after cancellation; refund due` } });
      }
      return "ignored";
    }
    await tx.order.update({ where: { id: orderId }, data: { paidAt: new Date() } });
    await enqueueJob(tx, "send-email", {
      to: order.email,
      template: "order-confirmation",
      props: { name: order.user.name, number: order.number, total: formatMoney(order.totalCents, order.currency), url: new URL(`/account/orders/${orderId}`, env.APP_URL).toString(), address: shippingAddressText(order) },
    });
    return "applied";
  });
}
