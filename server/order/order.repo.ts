import "server-only";
import { db, type DbTransaction } from "../db";
import { afterKeyset, type Keyset } from "../catalog/cursor";
import { v7 as uuidV7 } from "uuid";
import { type OrderStatus, Prisma } from "../generated/prisma/client";
import type { SqlTransaction } from "../pool-transaction";

export function listOrders(userId: string, after: Keyset | undefined, take: number) {
  return db.order.findMany({
    where: {
      userId,
      ...afterKeyset(after),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      number: true,
      status: true,
      totalCents: true,
      currency: true,
      createdAt: true,
      items: { select: { quantity: true } },
    },
  });
}

// An order's shipping address as stored (order-address.ts turns it back into an address).
export const shippingAddressSelect = {
  shipFullName: true,
  shipLine1: true,
  shipLine2: true,
  shipCity: true,
  shipRegion: true,
  shipPostalCode: true,
  shipCountry: true,
} satisfies Prisma.OrderSelect;
export type ShippingColumns = Prisma.OrderGetPayload<{ select: typeof shippingAddressSelect }>;

export type NewOrder = {
  number: string;
  userId: string;
  email: string;
  currency: string;
  subtotalCents: number;
  shippingCents: number;
  totalCents: number;
  paymentExpiresAt: Date;
  shipping: ShippingColumns;
  lines: { productId: string; productName: string; productSlug: string; unitPriceCents: number; quantity: number }[];
};

// The order, its lines (prices as charged) and the first event of its timeline: three
// statements, in raw SQL so that checkout can send them in its transaction on the pool
// (decision 048). Ids are UUIDv7 and both timestamps one instant, as Prisma's create makes them.
export async function insertOrder(tx: SqlTransaction, order: NewOrder): Promise<{ id: string; number: string }> {
  const { shipping: ship, lines } = order;
  const id = uuidV7();
  const now = new Date();
  await tx.$executeRaw`
    INSERT INTO orders (id, number, "userId", status, currency, "subtotalCents", "shippingCents", "totalCents", email,
      "shipFullName", "shipLine1", "shipLine2", "shipCity", "shipRegion", "shipPostalCode", "shipCountry",
      "paymentExpiresAt", "createdAt", "updatedAt")
    VALUES (${id}::uuid, ${order.number}, ${order.userId}::uuid, 'PENDING_PAYMENT', ${order.currency},
      ${order.subtotalCents}, ${order.shippingCents}, ${order.totalCents}, ${order.email},
      ${ship.shipFullName}, ${ship.shipLine1}, ${ship.shipLine2}, ${ship.shipCity}, ${ship.shipRegion},
      ${ship.shipPostalCode}, ${ship.shipCountry}, ${order.paymentExpiresAt}, ${now}, ${now})`;
  const itemRows = lines.map(
    (line) => Prisma.sql`(${uuidV7()}::uuid, ${id}::uuid, ${line.productId}::uuid, ${line.productName},
      ${line.productSlug}, ${line.unitPriceCents}, ${line.quantity}, ${line.unitPriceCents * line.quantity})`,
  );
  await tx.$executeRaw`
    INSERT INTO order_items (id, "orderId", "productId", "productName", "productSlug", "unitPriceCents", quantity, "lineTotalCents")
    VALUES ${Prisma.join(itemRows)}`;
  await tx.$executeRaw`
    INSERT INTO order_events (id, "orderId", "toStatus", note, "actorId", "createdAt")
    VALUES (${uuidV7()}::uuid, ${id}::uuid, 'PENDING_PAYMENT', 'Order placed', ${order.userId}::uuid, ${now})`;
  return { id, number: order.number };
}

// What an order page shows, to its shopper and to staff.
export const orderDetailSelect = {
  id: true,
  number: true,
  status: true,
  subtotalCents: true,
  shippingCents: true,
  totalCents: true,
  currency: true,
  createdAt: true,
  paymentExpiresAt: true,
  paidAt: true,
  ...shippingAddressSelect,
  email: true,
  items: {
    orderBy: { id: "asc" },
    select: {
      productSlug: true,
      productName: true,
      unitPriceCents: true,
      quantity: true,
      lineTotalCents: true,
      product: {
        select: {
          images: {
            where: { status: "READY" },
            orderBy: [{ position: "asc" }, { id: "asc" }],
            take: 1,
            select: { storageKey: true, alt: true, width: true, height: true },
          },
        },
      },
    },
  },
  events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { toStatus: true, note: true, createdAt: true } },
  payments: { orderBy: { createdAt: "asc" }, select: { provider: true, status: true } },
} satisfies Prisma.OrderSelect;
export type OrderDetailRow = Prisma.OrderGetPayload<{ select: typeof orderDetailSelect }>;

// For the confirmation email, whose job names the order by its number.
export function findOrderByNumber(number: string) {
  return db.order.findUnique({ where: { number }, select: orderDetailSelect });
}

// Scoped to the owner: another user's order id finds nothing.
export function findOwnOrder(userId: string, orderId: string) {
  return db.order.findFirst({ where: { id: orderId, userId }, select: orderDetailSelect });
}

// Moves an order from one of `from` to `to`; null if it was not in such a status (so two
// concurrent transitions cannot both happen).
export async function transitionOrder(
  tx: DbTransaction,
  input: {
    orderId: string;
    userId?: string;
    from: OrderStatus[];
    to: OrderStatus;
    note: string;
    actorId: string | null;
  },
) {
  const changed = await tx.order.updateMany({
    where: { id: input.orderId, status: { in: input.from }, ...(input.userId ? { userId: input.userId } : {}) },
    data: { status: input.to, ...(input.to === "CANCELLED" ? { cancelledAt: new Date() } : {}) },
  });
  if (changed.count === 0) return null;
  await addOrderEvent(tx, { orderId: input.orderId, toStatus: input.to, note: input.note, actorId: input.actorId });
  return tx.order.findUniqueOrThrow({
    where: { id: input.orderId },
    select: {
      id: true,
      userId: true,
      number: true,
      totalCents: true,
      currency: true,
      items: { orderBy: { productId: "asc" }, select: { productId: true, quantity: true } },
    },
  });
}

// A note on the order's timeline that does not change its status.
export async function addOrderEvent(
  tx: DbTransaction,
  event: { orderId: string; toStatus: OrderStatus; note: string; actorId: string | null },
): Promise<void> {
  await tx.orderEvent.create({ data: event, select: { id: true } });
}

export function orderExists(tx: DbTransaction, where: { orderId: string; userId: string }): Promise<boolean> {
  return tx.order.count({ where: { id: where.orderId, userId: where.userId } }).then((count) => count > 0);
}

// Unpaid past its payment window (the release job's condition).
export async function isPaymentOverdue(tx: DbTransaction, orderId: string): Promise<boolean> {
  return (
    (await tx.order.count({
      where: { id: orderId, status: "PENDING_PAYMENT", paymentExpiresAt: { lte: new Date() } },
    })) > 0
  );
}

// What a payment event needs: the amount to match, and who to send the confirmation to.
export function findOrderForPayment(tx: DbTransaction, orderId: string) {
  return tx.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      status: true,
      totalCents: true,
      currency: true,
      email: true,
      number: true,
      user: { select: { name: true } },
    },
  });
}

export async function setPaidAt(tx: DbTransaction, orderId: string, paidAt: Date): Promise<void> {
  await tx.order.update({ where: { id: orderId }, data: { paidAt }, select: { id: true } });
}
