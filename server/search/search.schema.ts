import { z } from "../lib/zod";
import { storableText } from "../lib/storable.schema";
import { MAX_PAGE_SIZE, productCardSchema, slugSchema } from "../catalog/catalog.schema";

export const searchSorts = ["relevance", "price_asc", "price_desc", "newest"] as const;

export const searchProductsInput = z
  .strictObject({
    q: storableText().trim().max(100).default(""),
    categorySlug: slugSchema.optional(),
    minPriceCents: z.number().int().min(0).max(100_000_000).optional(),
    maxPriceCents: z.number().int().min(0).max(100_000_000).optional(),
    inStock: z.boolean().optional(),
    sort: z.enum(searchSorts).default("relevance"),
    cursor: z.string().max(300).nullish(),
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(12),
    direction: z.literal("forward").optional(),
  })
  .refine(
    (input) =>
      input.minPriceCents === undefined ||
      input.maxPriceCents === undefined ||
      input.minPriceCents <= input.maxPriceCents,
    {
      message: "Minimum price must not exceed maximum price",
      path: ["minPriceCents"],
    },
  );
export type SearchProductsInput = z.infer<typeof searchProductsInput>;

export const searchPageSchema = z.object({ items: z.array(productCardSchema), nextCursor: z.string().nullable() });
export type SearchPage = z.infer<typeof searchPageSchema>;
