// Placing an order: exactly once per Idempotency-Key, prices and stock from the database,
// stock taken with conditional updates in a fixed order, all in one transaction with the
// order, the emptied cart, the stored idempotent response and the job that releases the
// stock if payment never comes. The transaction runs on the pool in raw SQL, past Prisma's
// runtime, which cost this path more than half its throughput (decision 048).
import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db";
import { type SqlTransaction, transactionOnPool } from "../pool-transaction";
import { env } from "../env";
import { DomainError } from "../lib/errors";
import { isUniqueViolationOnPool } from "../lib/prisma-errors";
import { countingRefusals, metrics } from "../lib/metrics";
import { enqueueJob } from "../jobs/enqueue";
import { alertIfLowStock, announceStock } from "../catalog/stock-live";
import { liveChannels } from "../realtime/live-event.schema";
import { enqueueLiveEvent } from "../realtime/live-outbox";
import type { AccessClaims } from "../auth/jwt";
import { assertLiveSession } from "../auth/session.service";
import { emptyCart } from "../cart/cart.service";
import { stockChanged } from "../catalog/catalog-cache";
import { createOrder } from "../order/order.service";
import { productName, takeStock } from "../catalog/stock.service";
import * as checkoutRepo from "./checkout.repo";
import type { PlaceOrderInput, PlaceOrderOutput } from "./checkout.schema";
import { assertOneCurrency, assertWithinOrderLimit, orderNumber, orderTotals } from "./pricing";

const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
// Order numbers are 8 random characters (31^8, about 8.5e11): should an order draw one already
// taken, its transaction rolls back whole and runs again with a new number, so the shopper
// never sees the clash. A third clash in a row means the random source is broken: that fails.
const ORDER_NUMBER_DRAWS = 3;

function requestHash(input: PlaceOrderInput): string {
  const { idempotencyKey: _key, shippingAddress } = input;
  const canonical = Object.fromEntries(Object.entries(shippingAddress).sort(([a], [b]) => a.localeCompare(b)));
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

// Counted for /api/metrics: orders placed, and refusals by code (out of stock, in progress, ...).
export async function placeOrder(session: AccessClaims, input: PlaceOrderInput): Promise<PlaceOrderOutput> {
  const placed = await countingRefusals(metrics.checkoutConflicts, () => placeOrderOnce(session, input));
  if (!placed.replayed) metrics.ordersPlaced.inc();
  return placed;
}

async function placeOrderOnce(session: AccessClaims, input: PlaceOrderInput): Promise<PlaceOrderOutput> {
  const user = await assertLiveSession(session);
  if (!user.emailVerifiedAt)
    throw new DomainError("EMAIL_NOT_VERIFIED", "Confirm your email address before checking out");
  const hash = requestHash(input);

  const placeInTransaction = async (tx: SqlTransaction) => {
    if (!(await checkoutRepo.tryLockIdempotencyKey(tx, user.id, input.idempotencyKey))) {
      throw new DomainError("CHECKOUT_IN_PROGRESS", "This order is already being placed");
    }
    const previous = await checkoutRepo.findIdempotencyKey(tx, user.id, input.idempotencyKey);
    if (previous) {
      if (previous.requestHash !== hash) {
        throw new DomainError("IDEMPOTENCY_KEY_REUSED", "This checkout key was already used for a different order");
      }
      return { ...previous.response, replayed: true };
    }

    const lines = await checkoutRepo.cartLinesForCheckout(tx, user.id);
    if (lines.length === 0) throw new DomainError("CART_EMPTY", "Your cart is empty");
    const items = [];
    for (const line of lines) {
      const product = await takeStock(tx, line.productId, line.quantity);
      if (!product) {
        const name = await productName(tx, line.productId);
        throw new DomainError("OUT_OF_STOCK", `${name} does not have enough stock left`, {
          productId: line.productId,
        });
      }
      await alertIfLowStock(tx, { productId: line.productId, name: product.name, stock: product.stock }, line.quantity);
      items.push({ ...product, productId: line.productId, quantity: line.quantity });
    }
    // Amounts of different currencies are never added; nor is more than one order may total.
    const currency = items[0]?.currency ?? "USD";
    for (const item of items) assertOneCurrency(currency, item.currency);
    const totals = orderTotals(items.map((item) => ({ unitPriceCents: item.priceCents, quantity: item.quantity })));
    assertWithinOrderLimit(totals);
    const paymentExpiresAt = new Date(Date.now() + env.PAYMENT_WINDOW_MINUTES * 60_000);

    const order = await createOrder(tx, {
      number: orderNumber(),
      userId: user.id,
      email: user.email,
      currency,
      subtotalCents: totals.subtotalCents,
      shippingCents: totals.shippingCents,
      totalCents: totals.totalCents,
      paymentExpiresAt,
      shippingAddress: input.shippingAddress,
      lines: items.map((item) => ({
        productId: item.productId,
        productName: item.name,
        productSlug: item.slug,
        unitPriceCents: item.priceCents,
        quantity: item.quantity,
      })),
    });
    await emptyCart(tx, user.id);
    await enqueueLiveEvent(tx, [liveChannels.staff], {
      type: "order.placed",
      orderId: order.id,
      number: order.number,
      totalCents: totals.totalCents,
      currency,
    });
    const response = { orderId: order.id, number: order.number };
    await checkoutRepo.saveIdempotentResponse(tx, {
      userId: user.id,
      key: input.idempotencyKey,
      requestHash: hash,
      response,
      expiresAt: new Date(Date.now() + IDEMPOTENCY_TTL_MS),
    });
    await enqueueJob(
      tx,
      "release-unpaid-order",
      { orderId: order.id },
      { runAt: paymentExpiresAt, jobKey: `release-unpaid-order:${order.id}` },
    );
    return { ...response, replayed: false, taken: items };
  };
  const result = await withFreshOrderNumberOnClash(() => transactionOnPool(db, placeInTransaction));
  if ("taken" in result) {
    // Stock changed: cached catalog pages must not keep showing the old counts, nor open product pages.
    const { taken, ...placed } = result;
    await stockChanged(taken.map(({ slug, stock, quantity }) => ({ slug, stock, change: -quantity })));
    await announceStock(taken);
    return placed;
  }
  return result;
}

async function withFreshOrderNumberOnClash<T>(place: () => Promise<T>): Promise<T> {
  for (let draw = 1; ; draw++) {
    try {
      return await place();
    } catch (error) {
      if (draw === ORDER_NUMBER_DRAWS || !isUniqueViolationOnPool(error, "orders_number_key")) throw error;
    }
  }
}
