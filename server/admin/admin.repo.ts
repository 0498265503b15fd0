import "server-only";
import { db } from "../db";
import { LOW_STOCK_THRESHOLD } from "../catalog/stock-status";
import type { OrderStatus } from "../order/order.schema";

// Orders whose money was received (and not given back).
const REVENUE_STATUSES: OrderStatus[] = ["PAID", "FULFILLING", "SHIPPED", "DELIVERED"];

export async function countOverview() {
  const [activeProducts, outOfStockProducts, customers, orders] = await Promise.all([
    db.product.count({ where: { active: true, deletedAt: null } }),
    db.product.count({ where: { active: true, deletedAt: null, stock: 0 } }),
    db.user.count({ where: { role: "USER" } }),
    db.order.count(),
  ]);
  return { activeProducts, outOfStockProducts, customers, orders };
}

// Revenue per UTC day over the last `days` days (today included), by payment time.
export function dailySales(days: number) {
  return db.$queryRaw<{ day: string; revenueCents: bigint; orders: bigint }[]>`
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
           coalesce(sum(o."totalCents"), 0)::bigint AS "revenueCents",
           count(o.id)::bigint AS orders
    FROM generate_series((now() AT TIME ZONE 'UTC')::date - ${days - 1}::int, (now() AT TIME ZONE 'UTC')::date, interval '1 day') AS d(day)
    LEFT JOIN orders o
      ON o."paidAt" >= d.day AND o."paidAt" < d.day + interval '1 day'
     AND o.status::text = ANY(${REVENUE_STATUSES}::text[])
    GROUP BY d.day
    ORDER BY d.day`;
}

export async function ordersByStatus() {
  const groups = await db.order.groupBy({ by: ["status"], _count: { _all: true } });
  return groups.map((group) => ({ status: group.status, count: group._count._all }));
}

export function lowStockProducts(take: number) {
  return db.product.findMany({
    where: { active: true, deletedAt: null, stock: { lte: LOW_STOCK_THRESHOLD } },
    orderBy: [{ stock: "asc" }, { name: "asc" }],
    take,
    select: { id: true, name: true, stock: true },
  });
}

export function recentOrders(take: number) {
  return db.order.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, number: true, email: true, status: true, totalCents: true, currency: true, createdAt: true },
  });
}

export function findStaffMember(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
}
