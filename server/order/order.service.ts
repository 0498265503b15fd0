// A shopper's orders: history, detail with its status timeline, cancellation while still
// cancellable; and the scheduled release of stock held by orders never paid.
import "server-only";
import { db, type DbTransaction } from "../db";
import { DomainError } from "../lib/errors";
import type { SqlTransaction } from "../pool-transaction";
import type { AccessClaims } from "../auth/jwt";
import { assertLiveSession } from "../auth/session.service";
import { decodeCursor, encodeCursor } from "../catalog/cursor";
import { orderJobPayload } from "../jobs/job.schema";
import { stockChanged } from "../catalog/catalog-cache";
import { returnStock } from "../catalog/stock.service";
import { toImage } from "../catalog/catalog.service";
import type { ShippingAddress } from "../checkout/checkout.schema";
import { shippingAddressOf, shippingColumnsOf } from "./order-address";
import { announceStock } from "../catalog/stock-live";
import { moveOrder } from "./order-moves";
import * as orderRepo from "./order.repo";
import type { ListOrdersInput, OrderDetail, OrderStatus } from "./order.schema";
import { paymentSummary, shopperTimeline } from "./order-timeline";

// Before fulfilment starts, a shopper may cancel; stock returns in the same transaction.
export const CANCELLABLE: OrderStatus[] = ["PENDING_PAYMENT", "PAID"];

const money = (amountCents: number, currency: string) => ({ amountCents, currency });

export async function listOrders(session: AccessClaims, input: ListOrdersInput) {
  const rows = await orderRepo.listOrders(
    session.userId,
    input.cursor ? decodeCursor(input.cursor) : undefined,
    input.limit + 1,
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      number: row.number,
      status: row.status,
      total: money(row.totalCents, row.currency),
      itemCount: row.items.reduce((sum, item) => sum + item.quantity, 0),
      placedAt: row.createdAt,
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null,
  };
}

export async function getOrder(session: AccessClaims, orderId: string): Promise<OrderDetail> {
  const order = await orderRepo.findOwnOrder(session.userId, orderId);
  if (!order) throw new DomainError("ORDER_NOT_FOUND", "No such order");
  const detail = toOrderDetail(order);
  return { ...detail, timeline: shopperTimeline(detail.timeline) };
}

// Shared with the staff view of an order (which keeps every event as written).
export function toOrderDetail(order: orderRepo.OrderDetailRow): OrderDetail {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    total: money(order.totalCents, order.currency),
    subtotal: money(order.subtotalCents, order.currency),
    shipping: money(order.shippingCents, order.currency),
    itemCount: order.items.reduce((sum, item) => sum + item.quantity, 0),
    placedAt: order.createdAt,
    paymentExpiresAt: order.paymentExpiresAt,
    cancellable: CANCELLABLE.includes(order.status),
    shippingAddress: shippingAddressOf(order),
    email: order.email,
    lines: order.items.map((item) => ({
      productSlug: item.productSlug,
      productName: item.productName,
      image: item.product.images[0] ? toImage(item.product.images[0]) : null,
      unitPrice: money(item.unitPriceCents, order.currency),
      quantity: item.quantity,
      lineTotal: money(item.lineTotalCents, order.currency),
    })),
    timeline: order.events.map((event) => ({ status: event.toStatus, note: event.note, at: event.createdAt })),
    payment: paymentSummary(order.paidAt, order.payments),
  };
}

export async function cancelOrder(session: AccessClaims, orderId: string): Promise<OrderDetail> {
  await assertLiveSession(session);
  const restocked = await db.$transaction(async (tx) => {
    const cancelled = await moveOrder(tx, {
      orderId,
      userId: session.userId,
      from: CANCELLABLE,
      to: "CANCELLED",
      note: "Cancelled by the customer",
      actorId: session.userId,
    });
    if (!cancelled) {
      const exists = await orderRepo.orderExists(tx, { orderId, userId: session.userId });
      throw exists
        ? new DomainError("ORDER_NOT_CANCELLABLE", "This order can no longer be cancelled")
        : new DomainError("ORDER_NOT_FOUND", "No such order");
    }
    return returnStock(tx, cancelled.items);
  });
  await stockChanged(restocked);
  await announceStock(restocked);
  return getOrder(session, orderId);
}

// Job: an order still unpaid when its payment window closes gives its stock back.
export async function releaseUnpaidOrder(rawPayload: unknown): Promise<void> {
  const { orderId } = orderJobPayload.parse(rawPayload);
  const released = await db.$transaction(async (tx) => {
    if (!(await orderRepo.isPaymentOverdue(tx, orderId))) return false;
    const order = await moveOrder(tx, {
      orderId,
      from: ["PENDING_PAYMENT"],
      to: "CANCELLED",
      note: "Payment not received in time; stock released",
      actorId: null,
    });
    return order ? returnStock(tx, order.items) : null;
  });
  if (released) {
    await stockChanged(released);
    await announceStock(released);
  }
}

// Payments (payments.service.ts), inside the transaction that records the payment event.
export function findOrderForPayment(tx: DbTransaction, orderId: string) {
  return orderRepo.findOrderForPayment(tx, orderId);
}

// Only an order awaiting payment becomes PAID; false for any other status.
export async function markOrderPaid(tx: DbTransaction, orderId: string, note: string): Promise<boolean> {
  const paid = await moveOrder(tx, {
    orderId,
    from: ["PENDING_PAYMENT"],
    to: "PAID",
    note,
    actorId: null,
  });
  if (paid) await orderRepo.setPaidAt(tx, orderId, new Date());
  return paid !== null;
}

// A timeline note for staff (a payment that does not match, money to refund), status unchanged.
export function noteOnOrder(tx: DbTransaction, orderId: string, status: OrderStatus, note: string): Promise<void> {
  return orderRepo.addOrderEvent(tx, { orderId, toStatus: status, note, actorId: null });
}

// Checkout places the order inside its own transaction (stock taken and cart emptied in the same commit).
export function createOrder(
  tx: SqlTransaction,
  order: Omit<orderRepo.NewOrder, "shipping"> & { shippingAddress: ShippingAddress },
) {
  const { shippingAddress, ...rest } = order;
  return orderRepo.insertOrder(tx, { ...rest, shipping: shippingColumnsOf(shippingAddress) });
}
