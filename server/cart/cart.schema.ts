import { z } from "../lib/zod";
import { moneySchema, productImageSchema, stockStatusSchema } from "../catalog/catalog.schema";
import { MAX_LINE_QUANTITY } from "./cart-limits";

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

// CURRENCY_MISMATCH: priced in another currency than the cart (its oldest line); such a line
// counts in no total until it is removed.
export const cartLineProblemSchema = z.enum(["OUT_OF_STOCK", "INSUFFICIENT_STOCK", "UNAVAILABLE", "CURRENCY_MISMATCH"]);

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
  // False while any line has a problem (sold out, not enough stock, no longer sold, another
  // currency) or the cart has one.
  canCheckout: z.boolean(),
  // The whole cart totals more than one order may (prices rose since the lines were added).
  problem: z.enum(["ORDER_TOTAL_TOO_LARGE"]).nullable(),
});
export type Cart = z.infer<typeof cartSchema>;
export type CartLine = z.infer<typeof cartLineSchema>;

// A guest's line that signing in did not move into the account's cart.
export const cartLineLeftOutSchema = z.object({
  productId: z.string(),
  name: z.string(),
  reason: z.enum(["CART_CURRENCY_MISMATCH", "ORDER_TOTAL_TOO_LARGE"]),
});
export type CartLineLeftOut = z.infer<typeof cartLineLeftOutSchema>;
