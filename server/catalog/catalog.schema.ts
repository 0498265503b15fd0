import { z } from "../lib/zod";

export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and hyphens, like brass-lamp");

export const MAX_PAGE_SIZE = 48;
// At or below this, shoppers see "only a few left" and staff see the product as low on stock.
export const LOW_STOCK_THRESHOLD = 5;

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

export const stockStatusSchema = z.enum(["IN_STOCK", "LOW_STOCK", "OUT_OF_STOCK"]);
export type StockStatus = z.infer<typeof stockStatusSchema>;

// Browser-safe: a product page turns a live stock tick into the same status the server shows.
export function stockStatus(stock: number): StockStatus {
  if (stock <= 0) return "OUT_OF_STOCK";
  return stock <= LOW_STOCK_THRESHOLD ? "LOW_STOCK" : "IN_STOCK";
}

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
