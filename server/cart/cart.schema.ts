import { z } from "../lib/zod";
import { moneySchema, productImageSchema, stockStatusSchema } from "../catalog/catalog.schema";

export const MAX_LINE_QUANTITY = 99;

export const addCartItemInput = z.strictObject({
  productId: z.uuid(),
  quantity: z.number().int().min(1).max(MAX_LINE_QUANTITY).default(1),
});
export type AddCartItemInput = z.infer<typeof addCartItemInput>;

export const setCartItemQuantityInput = z.strictObject({
  productId: z.uuid(),
  quantity: z.number().int().min(0).max(MAX_LINE_QUANTITY),
});
export type SetCartItemQuantityInput = z.infer<typeof setCartItemQuantityInput>;

export const removeCartItemInput = z.strictObject({ productId: z.uuid() });

export const cartLineProblemSchema = z.enum(["OUT_OF_STOCK", "INSUFFICIENT_STOCK", "UNAVAILABLE"]);

export const cartLineSchema = z.object({
  productId: z.string(),
  slug: z.string(),
  name: z.string(),
  image: productImageSchema.nullable(),
  unitPrice: moneySchema,
  quantity: z.number().int(),
  lineTotal: moneySchema,
  available: z.number().int(),
  stockStatus: stockStatusSchema,
  problem: cartLineProblemSchema.nullable(),
});

export const cartSchema = z.object({
  lines: z.array(cartLineSchema),
  itemCount: z.number().int(),
  subtotal: moneySchema,
  // What checkout will charge for these lines today (same rule as placeOrder).
  shipping: moneySchema,
  total: moneySchema,
  // False while any line has a problem (sold out, not enough stock, no longer sold).
  canCheckout: z.boolean(),
});
export type Cart = z.infer<typeof cartSchema>;
export type CartLine = z.infer<typeof cartLineSchema>;
