import "server-only";
import { db, type DbTransaction } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { literalLikePattern } from "../lib/like-pattern";
import type { ListAdminOrdersInput } from "./order-admin.schema";
import { orderDetailSelect, shippingAddressSelect } from "./order.repo";

function whereOf(input: ListAdminOrdersInput): Prisma.OrderWhereInput {
  return {
    ...(input.status ? { status: input.status } : {}),
    ...(input.customerEmail ? { email: { contains: literalLikePattern(input.customerEmail) } } : {}),
    ...(input.from || input.to
      ? { createdAt: { ...(input.from ? { gte: input.from } : {}), ...(input.to ? { lt: input.to } : {}) } }
      : {}),
  };
}

export async function listOrders(input: ListAdminOrdersInput) {
  const where = whereOf(input);
  const [rows, total] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        number: true,
        status: true,
        totalCents: true,
        currency: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true } },
        items: { select: { quantity: true } },
      },
    }),
    db.order.count({ where }),
  ]);
  return { rows, total };
}

export function findOrder(orderId: string) {
  return db.order.findUnique({
    where: { id: orderId },
    select: {
      ...orderDetailSelect,
      user: { select: { id: true, name: true, email: true } },
      payments: {
        orderBy: { createdAt: "asc" },
        select: { provider: true, providerRef: true, amountCents: true, currency: true, status: true, createdAt: true },
      },
    },
  });
}

// Holds the order's row until commit: the status read here is the one the change replaces.
export async function lockOrder(tx: DbTransaction, orderId: string) {
  await tx.$executeRaw`SELECT 1 FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
  return tx.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      status: true,
      email: true,
      user: { select: { name: true } },
      ...shippingAddressSelect,
    },
  });
}

export async function markPaymentsRefunded(tx: DbTransaction, orderId: string): Promise<number> {
  const { count } = await tx.payment.updateMany({
    where: { orderId, status: "SUCCEEDED" },
    data: { status: "REFUNDED" },
  });
  return count;
}
