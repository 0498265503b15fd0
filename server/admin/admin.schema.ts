import { z } from "zod";

export const adminOverviewSchema = z.object({
  activeProducts: z.number().int(),
  outOfStockProducts: z.number().int(),
  customers: z.number().int(),
  orders: z.number().int(),
});
export type AdminOverview = z.infer<typeof adminOverviewSchema>;

export const adminMeSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });
