import { z } from "../lib/zod";
import { moneySchema, productImageSchema } from "../catalog/catalog.schema";

export const orderStatusSchema = z.enum([
  "PENDING_PAYMENT",
  "PAID",
  "FULFILLING",
  "SHIPPED",
  "DELIVERED",
  "CANCELLED",
  "REFUNDED",
]);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

export const listOrdersInput = z.strictObject({
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(50).default(10),
  direction: z.literal("forward").optional(),
});
export type ListOrdersInput = z.infer<typeof listOrdersInput>;

export const orderIdInput = z.strictObject({ id: z.uuid() });

export const orderSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  status: orderStatusSchema,
  total: moneySchema,
  itemCount: z.number().int(),
  placedAt: z.date(),
});

export const orderPageSchema = z.object({ items: z.array(orderSummarySchema), nextCursor: z.string().nullable() });

export const orderDetailSchema = orderSummarySchema.extend({
  subtotal: moneySchema,
  shipping: moneySchema,
  paymentExpiresAt: z.date(),
  cancellable: z.boolean(),
  shippingAddress: z.object({
    fullName: z.string(),
    line1: z.string(),
    line2: z.string().nullable(),
    city: z.string(),
    region: z.string().nullable(),
    postalCode: z.string(),
    country: z.string(),
  }),
  // Where confirmation and shipping emails go.
  email: z.string(),
  lines: z.array(
    z.object({
      productSlug: z.string(),
      productName: z.string(),
      // The product's first image as it is now (lines keep their copied name and price).
      image: productImageSchema.nullable(),
      unitPrice: moneySchema,
      quantity: z.number().int(),
      lineTotal: moneySchema,
    }),
  ),
  timeline: z.array(z.object({ status: orderStatusSchema, note: z.string(), at: z.date() })),
  // How and when it was paid, in the shopper's terms (the provider's reference is for staff).
  payment: z.object({ method: z.enum(["CARD"]).nullable(), paidAt: z.date() }).nullable(),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;
