import { z } from "../lib/zod";
import { boundedDate, storableText } from "../lib/storable.schema";
import { moneySchema } from "../catalog/catalog.schema";
import { orderDetailSchema, orderStatusSchema } from "./order.schema";

export const ORDER_ADMIN_MAX_PAGE_SIZE = 100;

export const listAdminOrdersInput = z.strictObject({
  status: orderStatusSchema.optional(),
  // Placed at or after `from`, before `to`.
  from: boundedDate().optional(),
  to: boundedDate().optional(),
  customerEmail: storableText().trim().toLowerCase().max(254).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(ORDER_ADMIN_MAX_PAGE_SIZE).default(25),
});
export type ListAdminOrdersInput = z.infer<typeof listAdminOrdersInput>;

export const adminOrderRowSchema = z.object({
  id: z.string(),
  number: z.string(),
  customer: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  status: orderStatusSchema,
  total: moneySchema,
  itemCount: z.number().int(),
  placedAt: z.date(),
});

export const adminOrderPageSchema = z.object({
  items: z.array(adminOrderRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const adminOrderDetailSchema = orderDetailSchema.extend({
  customer: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  payments: z.array(
    z.object({ provider: z.string(), reference: z.string(), amount: moneySchema, status: z.string(), at: z.date() }),
  ),
  // The moves the state machine allows from the current status.
  nextStatuses: z.array(orderStatusSchema),
});
export type AdminOrderDetail = z.infer<typeof adminOrderDetailSchema>;

export const adminOrderIdInput = z.strictObject({ id: z.uuid() });

export const transitionOrderInput = z.strictObject({
  id: z.uuid(),
  to: orderStatusSchema,
  note: storableText().trim().max(500).optional(),
});
export type TransitionOrderInput = z.infer<typeof transitionOrderInput>;
