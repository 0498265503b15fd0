import { z } from "../lib/zod";
import { storableText } from "../lib/storable.schema";
import { moneySchema } from "../catalog/catalog.schema";
import { orderStatusSchema } from "../order/order.schema";

export const roleSchema = z.enum(["USER", "ADMIN"]);

export const listCustomersInput = z.strictObject({
  q: storableText().trim().max(100).optional(),
  role: roleSchema.optional(),
  disabled: z.boolean().optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});
export type ListCustomersInput = z.infer<typeof listCustomersInput>;

export const customerRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  emailVerified: z.boolean(),
  disabledAt: z.date().nullable(),
  orderCount: z.number().int(),
  createdAt: z.date(),
});

export const customerPageSchema = z.object({
  items: z.array(customerRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const customerDetailSchema = customerRowSchema.extend({
  activeSessions: z.number().int(),
  orders: z.array(
    z.object({ id: z.string(), number: z.string(), status: orderStatusSchema, total: moneySchema, placedAt: z.date() }),
  ),
});
export type CustomerDetail = z.infer<typeof customerDetailSchema>;

export const customerIdInput = z.strictObject({ id: z.uuid() });
export const changeRoleInput = z.strictObject({ id: z.uuid(), role: roleSchema });
export const setDisabledInput = z.strictObject({ id: z.uuid(), disabled: z.boolean() });
