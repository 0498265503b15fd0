// Browser-safe and zod-free: a product page turns a live stock tick into the same status the
// server shows, without loading the catalog's schemas (and zod with them).
export const stockStatuses = ["IN_STOCK", "LOW_STOCK", "OUT_OF_STOCK"] as const;
export type StockStatus = (typeof stockStatuses)[number];

// At or below this, shoppers see "only a few left" and staff see the product as low on stock.
export const LOW_STOCK_THRESHOLD = 5;

export function stockStatus(stock: number): StockStatus {
  if (stock <= 0) return "OUT_OF_STOCK";
  return stock <= LOW_STOCK_THRESHOLD ? "LOW_STOCK" : "IN_STOCK";
}
