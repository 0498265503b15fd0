// Browser-safe and zod-free: the search page's price filter shows prices as people type them
// without loading the product schemas (and zod with them).
export function centsToPriceText(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}
