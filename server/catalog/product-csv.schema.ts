// The product CSV format, shared by export and import: one row per product, keyed by slug.
import { z } from "../lib/zod";
import { storableText } from "../lib/storable.schema";
import { slugSchema } from "./catalog.schema";
import { MAX_STOCK, priceTextSchema } from "./product-admin.schema";

export const productCsvColumns = [
  "slug",
  "name",
  "description",
  "price",
  "stock",
  "category",
  "active",
  "featured",
] as const;
export const requiredProductCsvColumns = ["slug", "name", "price", "stock", "category"] as const;
export { MAX_IMPORT_BYTES } from "../http/body-limits";
// Enough for staff to fix a file; counting goes on past it.
export const MAX_REPORTED_ERRORS = 100;

const flag = (fallback: boolean) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value === "") return fallback;
      if (["true", "yes", "1"].includes(value)) return true;
      if (["false", "no", "0"].includes(value)) return false;
      context.addIssue({ code: "custom", message: "Use true or false" });
      return z.NEVER;
    });

// Spreadsheets in many European locales write prices with a decimal comma ("24,50"). That is
// unambiguous here: thousands separators are never accepted, so "1,234" stays an error.
const csvPriceSchema = z
  .string()
  .transform((text) => text.trim().replace(/^(\d+),(\d{1,2})$/, "$1.$2"))
  .pipe(priceTextSchema);

export const productCsvRowSchema = z.strictObject({
  slug: slugSchema,
  name: storableText().trim().min(1, "Enter a name").max(200),
  description: storableText().trim().max(5000).optional().default(""),
  price: csvPriceSchema,
  stock: z.string().trim().regex(/^\d+$/, "Use a whole number").transform(Number).pipe(z.number().max(MAX_STOCK)),
  category: slugSchema,
  active: flag(true),
  featured: flag(false),
});
export type ProductCsvRow = z.infer<typeof productCsvRowSchema>;

export const importErrorSchema = z.object({
  line: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportError = z.infer<typeof importErrorSchema>;

export const importResultSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), rows: z.number().int(), created: z.number().int(), updated: z.number().int() }),
  z.object({
    ok: z.literal(false),
    rows: z.number().int(),
    errorCount: z.number().int(),
    errors: z.array(importErrorSchema),
  }),
]);
export type ImportResult = z.infer<typeof importResultSchema>;
