import "server-only";
import { DomainError } from "../lib/errors";
import * as adminRepo from "./admin.repo";
import type { AdminOverview } from "./admin.schema";

const CURRENCY = "USD";
const CHART_DAYS = 30;
const usd = (amountCents: number) => ({ amountCents, currency: CURRENCY });

export async function getOverview(): Promise<AdminOverview> {
  const [counts, days, byStatus, lowStock, recent] = await Promise.all([
    adminRepo.countOverview(),
    adminRepo.dailySales(CHART_DAYS),
    adminRepo.ordersByStatus(),
    adminRepo.lowStockProducts(8),
    adminRepo.recentOrders(8),
  ]);
  const dailySales = days.map((day) => ({
    day: day.day,
    revenueCents: Number(day.revenueCents),
    orders: Number(day.orders),
  }));
  return {
    ...counts,
    revenueToday: usd(dailySales.at(-1)?.revenueCents ?? 0),
    revenueLast30Days: usd(dailySales.reduce((sum, day) => sum + day.revenueCents, 0)),
    dailySales,
    ordersByStatus: byStatus,
    lowStock,
    recentOrders: recent.map((order) => ({
      id: order.id,
      number: order.number,
      email: order.email,
      status: order.status,
      total: { amountCents: order.totalCents, currency: order.currency },
      placedAt: order.createdAt,
    })),
  };
}

export async function getStaffMember(userId: string) {
  const member = await adminRepo.findStaffMember(userId);
  if (!member) throw new DomainError("STAFF_MEMBER_NOT_FOUND", "No such staff member");
  return member;
}
