// Every statement that moves a product's stock. Each raises the product's stock version in the
// same statement, under the row's lock, so live stock ticks can be put in commit order; each
// returns it as `version`.
import "server-only";
import type { DbTransaction } from "../db";
import type { SqlTransaction } from "../pool-transaction";
import { MAX_STOCK } from "./product-admin.schema";

// Takes stock only if enough is left (and the product is still sold): the conditional update
// is the no-oversell guarantee; the CHECK (stock >= 0) constraint is the backstop.
export async function takeStock(tx: SqlTransaction, productId: string, quantity: number) {
  const rows = await tx.$queryRaw<
    { name: string; slug: string; priceCents: number; currency: string; stock: number; version: number }[]
  >`
    UPDATE products SET stock = stock - ${quantity}, "stockVersion" = "stockVersion" + 1, "updatedAt" = now()
    WHERE id = ${productId}::uuid AND active AND "deletedAt" IS NULL AND stock >= ${quantity}
    RETURNING name, slug, "priceCents", currency, stock, "stockVersion" AS version`;
  return rows[0] ?? null;
}

export async function productName(tx: SqlTransaction, productId: string): Promise<string> {
  const rows = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM products WHERE id = ${productId}::uuid`;
  return rows[0]?.name ?? "A product";
}

// An order that ends without shipping gives back what it took.
export async function returnStock(
  tx: DbTransaction,
  items: { productId: string; quantity: number }[],
): Promise<{ productId: string; slug: string; stock: number; change: number; version: number }[]> {
  const returned = [];
  for (const item of items) {
    const { slug, stock, stockVersion } = await tx.product.update({
      where: { id: item.productId },
      data: { stock: { increment: item.quantity }, stockVersion: { increment: 1 } },
      select: { slug: true, stock: true, stockVersion: true },
    });
    returned.push({ productId: item.productId, slug, stock, change: item.quantity, version: stockVersion });
  }
  return returned;
}

// Conditional, so concurrent checkouts and adjustments can never take stock below zero, nor
// above the most staff may set (summed as bigint: a row above that must not overflow int4).
export async function addStock(
  tx: DbTransaction,
  id: string,
  delta: number,
): Promise<{ stock: number; version: number } | null> {
  const rows = await tx.$queryRaw<{ stock: number; version: number }[]>`
    UPDATE products SET stock = stock + ${delta}, "stockVersion" = "stockVersion" + 1, "updatedAt" = now()
    WHERE id = ${id}::uuid AND stock::bigint + ${delta} BETWEEN 0 AND ${MAX_STOCK}
    RETURNING stock, "stockVersion" AS version`;
  return rows[0] ?? null;
}
