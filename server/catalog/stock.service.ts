// Stock moved inside other domains' transactions: taken by a checkout, given back when an
// order ends without shipping. The statements are in stock.repo.ts.
import "server-only";
import type { DbTransaction } from "../db";
import type { SqlTransaction } from "../pool-transaction";
import * as stockRepo from "./stock.repo";

export function takeStock(tx: SqlTransaction, productId: string, quantity: number) {
  return stockRepo.takeStock(tx, productId, quantity);
}

// For the out-of-stock message: the product's name, or "A product" if it is gone.
export function productName(tx: SqlTransaction, productId: string): Promise<string> {
  return stockRepo.productName(tx, productId);
}

export function returnStock(tx: DbTransaction, items: { productId: string; quantity: number }[]) {
  return stockRepo.returnStock(tx, items);
}
