import { z } from "../lib/zod";
import { stockStatuses } from "./stock-status";

export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and hyphens, like brass-lamp");

export const MAX_PAGE_SIZE = 48;

export const listProductsInput = z.strictObject({
  categorySlug: slugSchema.optional(),
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(12),
  // Sent by tRPC's infinite queries; pages only go forward (newest first).
  direction: z.literal("forward").optional(),
});
export type ListProductsInput = z.infer<typeof listProductsInput>;

export const getProductInput = z.strictObject({ slug: slugSchema });
export const getCategoryInput = z.strictObject({ slug: slugSchema });

export const stockStatusSchema = z.enum(stockStatuses);

export const moneySchema = z.object({ amountCents: z.number().int(), currency: z.string().length(3) });
export type Money = z.infer<typeof moneySchema>;

export const productImageSchema = z.object({
  url: z.string(),
  alt: z.string(),
  width: z.number().int(),
  height: z.number().int(),
});

export const ratingSchema = z.object({ average: z.number().nullable(), count: z.number().int() });

export const productCardSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  price: moneySchema,
  stockStatus: stockStatusSchema,
  image: productImageSchema.nullable(),
  rating: ratingSchema,
});
export type ProductCard = z.infer<typeof productCardSchema>;

export const productPageSchema = z.object({
  items: z.array(productCardSchema),
  nextCursor: z.string().nullable(),
});
export type ProductPage = z.infer<typeof productPageSchema>;

export const categorySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
});
export type Category = z.infer<typeof categorySchema>;

export const productDetailSchema = productCardSchema.omit({ image: true }).extend({
  description: z.string(),
  stock: z.number().int(),
  category: categorySchema.pick({ slug: true, name: true }),
  images: z.array(productImageSchema),
});
export type ProductDetail = z.infer<typeof productDetailSchema>;
