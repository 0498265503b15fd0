import "server-only";
import { db, type DbTransaction } from "../db";
import { afterKeyset, type Keyset } from "../catalog/cursor";
import type { OrderStatus, Prisma } from "../generated/prisma/client";

export function listOrders(userId: string, after: Keyset | undefined, take: number) {
  return db.order.findMany({
    where: {
      userId,
      ...afterKeyset(after),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, number: true, status: true, totalCents: true, currency: true, createdAt: true, items: { select: { quantity: true } } },
  });
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
  shipFullName: true,
  shipLine1: true,
  shipLine2: true,
  shipCity: true,
  shipRegion: true,
  shipPostalCode: true,
  shipCountry: true,
  email: true,
  items: {
    orderBy: { id: "asc" },
    select: {
      productSlug: true,
      productName: true,
      unitPriceCents: true,
      quantity: true,
      lineTotalCents: true,
      product: { select: { images: { where: { status: "READY" }, orderBy: [{ position: "asc" }, { id: "asc" }], take: 1, select: { storageKey: true, alt: true, width: true, height: true } } } },
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
  input: { orderId: string; userId?: string; from: OrderStatus[]; to: OrderStatus; note: string; actorId: string | null },
) {
  const changed = await tx.order.updateMany({
    where: { id: input.orderId, status: { in: input.from }, ...(input.userId ? { userId: input.userId } : {}) },
    data: { status: input.to, ...(input.to === "CANCELLED" ? { cancelledAt: new Date() } : {}) },
  });
  if (changed.count === 0) return null;
  await tx.orderEvent.create({ data: { orderId: input.orderId, toStatus: input.to, note: input.note, actorId: input.actorId } });
  return tx.order.findUniqueOrThrow({ where: { id: input.orderId }, select: { id: true, items: { orderBy: { productId: "asc" }, select: { productId: true, quantity: true } } } });
}

export async function restoreStock(tx: DbTransaction, items: { productId: string; quantity: number }[]): Promise<void> {
  for (const item of items) {
    await tx.product.update({ where: { id: item.productId }, data: { stock: { increment: item.quantity } } });
  }
}
