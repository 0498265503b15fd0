import "server-only";
import { db } from "../db";

export async function countOverview() {
  const [activeProducts, outOfStockProducts, customers, orders] = await Promise.all([
    db.product.count({ where: { active: true, deletedAt: null } }),
    db.product.count({ where: { active: true, deletedAt: null, stock: 0 } }),
    db.user.count({ where: { role: "USER" } }),
    db.order.count(),
  ]);
  return { activeProducts, outOfStockProducts, customers, orders };
}

export function findStaffMember(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
}
