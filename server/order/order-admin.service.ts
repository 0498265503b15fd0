// Staff order management: any order, filtered lists, and status changes that follow the state
// machine, each with its side effects (stock, refund, customer email) and audit entry in the
// same transaction.
import "server-only";
import { db } from "../db";
import { env } from "../env";
import { recordAudit, type AdminActor } from "../audit/audit.service";
import { stockChanged } from "../catalog/catalog-cache";
import { returnStock } from "../catalog/stock.service";
import { enqueueJob } from "../jobs/enqueue";
import { DomainError } from "../lib/errors";
import { shippingAddressText } from "./order-address";
import * as orderAdminRepo from "./order-admin.repo";
import type { AdminOrderDetail, ListAdminOrdersInput, TransitionOrderInput } from "./order-admin.schema";
import { nextStatuses, transitionEffects } from "./order-state-machine";
import { announceStock } from "../catalog/stock-live";
import { moveOrder } from "./order-moves";
import { toOrderDetail } from "./order.service";

const money = (amountCents: number, currency: string) => ({ amountCents, currency });

export async function listOrders(input: ListAdminOrdersInput) {
  const { rows, total } = await orderAdminRepo.listOrders(input);
  return {
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      customer: row.user,
      status: row.status,
      total: money(row.totalCents, row.currency),
      itemCount: row.items.reduce((sum, item) => sum + item.quantity, 0),
      placedAt: row.createdAt,
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function getOrder(orderId: string): Promise<AdminOrderDetail> {
  const order = await orderAdminRepo.findOrder(orderId);
  if (!order) throw new DomainError("ORDER_NOT_FOUND", "No such order");
  return {
    ...toOrderDetail(order),
    customer: order.user,
    payments: order.payments.map((payment) => ({
      provider: payment.provider,
      reference: payment.providerRef,
      amount: money(payment.amountCents, payment.currency),
      status: payment.status,
      at: payment.createdAt,
    })),
    nextStatuses: nextStatuses(order.status),
  };
}

// A move needs no note: the history shows the status itself. Only a shop cancellation says who
// did it, since a customer can cancel too.
const defaultNotes: Partial<Record<string, string>> = { CANCELLED: "Cancelled by the shop" };

export async function changeOrderStatus(actor: AdminActor, input: TransitionOrderInput): Promise<AdminOrderDetail> {
  const restocked = await db.$transaction(async (tx) => {
    const order = await orderAdminRepo.lockOrder(tx, input.id);
    if (!order) throw new DomainError("ORDER_NOT_FOUND", "No such order");
    const effects = transitionEffects(order.status, input.to);
    if (!effects)
      throw new DomainError("INVALID_ORDER_TRANSITION", `An order that is ${order.status} cannot become ${input.to}`);
    const refundedPayments = effects.refund ? await orderAdminRepo.markPaymentsRefunded(tx, order.id) : 0;
    // No payment provider is called: staff give the money back at the provider, and the history
    // says the refund was recorded here, not that this app moved any money.
    const staffNote = input.note || (defaultNotes[input.to] ?? "");
    const note =
      refundedPayments > 0
        ? staffNote
          ? `${staffNote} · refund recorded by staff`
          : "Refund recorded by staff"
        : staffNote;
    const moved = await moveOrder(tx, {
      orderId: order.id,
      from: [order.status],
      to: input.to,
      note,
      actorId: actor.userId,
    });
    // The row is locked, so the status cannot have changed since it was read.
    if (!moved) throw new DomainError("ORDER_CHANGED_MEANWHILE", "The order changed meanwhile; reload it");
    const restocked = effects.restock ? await returnStock(tx, moved.items) : [];
    const url = new URL(`/account/orders/${order.id}`, env.APP_URL).toString();
    // Each email belongs to a move an order makes at most once; the key makes that explicit.
    const jobKey = `${effects.email}:${order.id}`;
    if (effects.email === "order-shipped") {
      await enqueueJob(
        tx,
        "send-email",
        {
          to: order.email,
          template: "order-shipped",
          props: {
            name: order.user.name,
            number: order.number,
            note: input.note ?? "",
            url,
            address: shippingAddressText(order),
          },
        },
        { jobKey },
      );
    }
    if (effects.email === "order-cancelled") {
      const refunded = String(refundedPayments > 0);
      await enqueueJob(
        tx,
        "send-email",
        {
          to: order.email,
          template: "order-cancelled",
          props: { name: order.user.name, number: order.number, refunded, url },
        },
        { jobKey },
      );
    }
    await recordAudit(tx, actor, {
      action: "order.transition",
      entityType: "order",
      entityId: order.id,
      before: { status: order.status },
      after: { status: input.to, note, restocked: effects.restock, paymentsRefunded: refundedPayments },
    });
    return restocked;
  });
  if (restocked.length > 0) {
    await stockChanged(restocked);
    await announceStock(restocked);
  }
  return getOrder(input.id);
}
