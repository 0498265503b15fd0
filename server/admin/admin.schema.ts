import { z } from "zod";

export const adminOverviewSchema = z.object({
  activeProducts: z.number().int(),
  outOfStockProducts: z.number().int(),
  customers: z.number().int(),
  orders: z.number().int(),
});
export type AdminOverview = z.infer<typeof adminOverviewSchema>;
