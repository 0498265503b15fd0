// Applies a verified payment-provider event. Each event id is recorded in the same
// transaction as its effect (a unique row), so a redelivery changes nothing; events arriving
// out of order leave the order consistent: payment only ever moves an order forward from
// PENDING_PAYMENT, and money that arrives for a cancelled order is recorded for refund.
import "server-only";
import { db } from "../db";
import { env } from "../env";
import { enqueueJob } from "../jobs/enqueue";
import { DomainError } from "../lib/errors";
import { logger } from "../lib/logger";
import { findOrderForPayment, markOrderPaid, noteOnOrder } from "../order/order.service";
import type { PaymentEvent } from "./payment-event.schema";
import * as paymentsRepo from "./payments.repo";

export type EventOutcome = "applied" | "duplicate" | "ignored";

const formatMoney = (cents: number, currency: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);

export async function applyPaymentEvent(eventId: string, event: PaymentEvent): Promise<EventOutcome> {
  return db.$transaction(async (tx) => {
    if (!(await paymentsRepo.recordEventOnce(tx, eventId, event.type))) return "duplicate";
    const { orderId, paymentId, amountCents, currency } = event.data;
    const order = await findOrderForPayment(tx, orderId);
    if (!order) return "ignored";
    await paymentsRepo.lockPaymentReference(tx, paymentId);
    // A provider's payment id names one payment of one order. The same id sent for another
    // order is refused as a whole (the event is not recorded, nothing changes): otherwise one
    // payment could mark a second order paid.
    const knownOrderId = await paymentsRepo.findPaymentOrderId(tx, paymentId);
    if (knownOrderId && knownOrderId !== orderId) {
      logger.warn(
        { orderId, paymentOrderId: knownOrderId, eventId },
        "payment reference already belongs to another order; event refused",
      );
      throw new DomainError("PAYMENT_REFERENCE_MISMATCH", "This payment belongs to another order");
    }
    const status = event.type === "payment.succeeded" ? "SUCCEEDED" : "FAILED";
    await paymentsRepo.savePayment(tx, { orderId, providerRef: paymentId, amountCents, currency, status });
    if (event.type === "payment.failed") return "applied";

    if (amountCents !== order.totalCents || currency !== order.currency) {
      logger.warn({ orderId, amountCents, currency }, "payment amount does not match the order; left for staff");
      await noteOnOrder(
        tx,
        orderId,
        order.status,
        `Payment ${paymentId} of ${formatMoney(amountCents, currency)} does not match the order total`,
      );
      return "ignored";
    }
    if (!(await markOrderPaid(tx, orderId, `Payment ${paymentId} received`))) {
      if (order.status === "CANCELLED")
        await noteOnOrder(tx, orderId, "CANCELLED", `Payment ${paymentId} arrived after cancellation; refund due`);
      return "ignored";
    }
    await enqueueJob(tx, "send-email", {
      to: order.email,
      template: "order-confirmation",
      props: {
        name: order.user.name,
        number: order.number,
        total: formatMoney(order.totalCents, order.currency),
        url: new URL(`/account/orders/${orderId}`, env.APP_URL).toString(),
      },
    });
    return "applied";
  });
}
