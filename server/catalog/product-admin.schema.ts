import { z } from "../lib/zod";
import { storableText } from "../lib/storable.schema";
import { moneySchema, slugSchema } from "./catalog.schema";
import { centsToPriceText } from "./price-text";

export const ADMIN_MAX_PAGE_SIZE = 100;
export const MAX_PRICE_CENTS = 10_000_000;
export const MAX_STOCK = 1_000_000;

export const productStatusFilters = ["active", "inactive", "deleted"] as const;
export const adminProductSorts = ["newest", "name", "price_asc", "price_desc", "stock_asc"] as const;

export const listAdminProductsInput = z.strictObject({
  q: storableText().trim().max(100).optional(),
  // Without a status: everything not deleted.
  status: z.enum(productStatusFilters).optional(),
  categoryId: z.uuid().optional(),
  lowStock: z.boolean().optional(),
  sort: z.enum(adminProductSorts).default("newest"),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(ADMIN_MAX_PAGE_SIZE).default(25),
});
export type ListAdminProductsInput = z.infer<typeof listAdminProductsInput>;

// Every field staff may set. Stock is not here: it changes only through adjustStock, with a reason.
export const productFieldsSchema = z.strictObject({
  slug: slugSchema,
  name: storableText().trim().min(1, "Enter a name").max(200),
  description: storableText().trim().max(5000).default(""),
  priceCents: z.number().int("Use whole cents").min(0).max(MAX_PRICE_CENTS),
  categoryId: z.uuid("Choose a category"),
  featured: z.boolean().default(false),
  active: z.boolean().default(true),
});
export type ProductFields = z.infer<typeof productFieldsSchema>;

export const createProductInput = productFieldsSchema.extend({
  stock: z.number().int().min(0).max(MAX_STOCK).default(0),
});
export type CreateProductInput = z.infer<typeof createProductInput>;

export const updateProductInput = z.strictObject({ id: z.uuid(), data: productFieldsSchema.partial() });
export type UpdateProductInput = z.infer<typeof updateProductInput>;

export const productIdInput = z.strictObject({ id: z.uuid() });
export const setProductActiveInput = z.strictObject({ id: z.uuid(), active: z.boolean() });

export const adjustStockInput = z.strictObject({
  id: z.uuid(),
  delta: z
    .number()
    .int()
    .min(-MAX_STOCK)
    .max(MAX_STOCK)
    .refine((delta) => delta !== 0, "Enter a change other than zero")
    .meta({ title: "Stock change" }),
  reason: storableText().trim().min(3, "Say why the stock changes").max(200),
});
export type AdjustStockInput = z.infer<typeof adjustStockInput>;

export const adminProductRowSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  price: moneySchema,
  stock: z.number().int(),
  active: z.boolean(),
  featured: z.boolean(),
  deletedAt: z.date().nullable(),
  category: z.object({ id: z.string(), name: z.string() }),
  thumbnailUrl: z.string().nullable(),
  updatedAt: z.date(),
});
export type AdminProductRow = z.infer<typeof adminProductRowSchema>;

export const adminProductPageSchema = z.object({
  items: z.array(adminProductRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const adminProductSchema = adminProductRowSchema.extend({ description: z.string() });
export type AdminProduct = z.infer<typeof adminProductSchema>;

// A price as people type it ("24", "24.5", "24.50") to integer cents, with no float maths;
// at most what a product may cost (the CSV import and the product form read prices with it).
export const priceTextSchema = z
  .string()
  .trim()
  .regex(/^\d{1,6}(\.\d{1,2})?$/, "Enter a price like 24.50")
  .transform((text) => {
    const [units = "0", fraction = ""] = text.split(".");
    return Number(units) * 100 + Number(fraction.padEnd(2, "0"));
  })
  .pipe(z.number().max(MAX_PRICE_CENTS, `Enter a price of at most ${centsToPriceText(MAX_PRICE_CENTS)}`));
