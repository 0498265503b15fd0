// Stock as it changes, for open product pages (ephemeral ticks, sent after the commit: a tick
// lost on the way is made good by the page's next load) and for staff (a durable alert when a
// product drops to the low-stock line, written with the sale that caused it).
import "server-only";
import type { SqlTransaction } from "../pool-transaction";
import { liveChannels } from "../realtime/live-event.schema";
import { enqueueLiveEvent } from "../realtime/live-outbox";
import { publishEphemeral } from "../realtime/publish";
import { LOW_STOCK_THRESHOLD } from "./stock-status";

// `version` is the product's stock version after the change (products.stockVersion).
export type StockLevel = { productId: string; stock: number; version: number };

export async function announceStock(levels: StockLevel[]): Promise<void> {
  await Promise.all(
    levels.map(({ productId, stock, version }) =>
      publishEphemeral(liveChannels.product(productId), { type: "stock", productId, stock, version }),
    ),
  );
}

// Once per crossing, not on every sale below the line.
export async function alertIfLowStock(
  tx: SqlTransaction,
  product: { productId: string; name: string; stock: number },
  taken: number,
): Promise<void> {
  const crossed = product.stock <= LOW_STOCK_THRESHOLD && product.stock + taken > LOW_STOCK_THRESHOLD;
  if (!crossed) return;
  await enqueueLiveEvent(tx, [liveChannels.staff], { type: "stock.low", ...product });
}
