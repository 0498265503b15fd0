import { z } from "../lib/zod";
import { moneySchema } from "../catalog/catalog.schema";
import { orderStatusSchema } from "../order/order.schema";

export const adminOverviewSchema = z.object({
  activeProducts: z.number().int(),
  outOfStockProducts: z.number().int(),
  customers: z.number().int(),
  orders: z.number().int(),
  revenueToday: moneySchema,
  revenueLast30Days: moneySchema,
  // One point per UTC day, oldest first, days without sales included.
  dailySales: z.array(z.object({ day: z.string(), revenueCents: z.number().int(), orders: z.number().int() })),
  ordersByStatus: z.array(z.object({ status: orderStatusSchema, count: z.number().int() })),
  lowStock: z.array(z.object({ id: z.string(), name: z.string(), stock: z.number().int() })),
  recentOrders: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      email: z.string(),
      status: orderStatusSchema,
      total: moneySchema,
      placedAt: z.date(),
    }),
  ),
});
export type AdminOverview = z.infer<typeof adminOverviewSchema>;

export const adminMeSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });
