// Carts: one per signed-in shopper, or per guest (an opaque httpOnly cookie whose hash
// identifies the cart). Prices and stock always come from the database; quantities are
// checked against stock on every change and again at checkout.
import "server-only";
import { db, type DbTransaction } from "../db";
import { DomainError, isDomainError } from "../lib/errors";
import type { SqlTransaction } from "../pool-transaction";
import { mediaUrl } from "../lib/media-url";
import { newOpaqueToken, sha256Hex } from "../auth/opaque-token";
import { stockStatus } from "../catalog/stock-status";
import { MAX_ORDER_TOTAL_CENTS, assertOneCurrency, assertWithinOrderLimit, orderTotals } from "../checkout/pricing";
import * as cartRepo from "./cart.repo";
import { MAX_LINE_QUANTITY } from "./cart-limits";
import type { Cart, CartLine, CartLineLeftOut } from "./cart.schema";

export type CartIdentity = { userId: string | null; guestToken: string | null };

function ownerOf(identity: CartIdentity): cartRepo.CartOwner | null {
  if (identity.userId) return { userId: identity.userId };
  return identity.guestToken ? { guestTokenHash: sha256Hex(identity.guestToken) } : null;
}

const ZERO = { amountCents: 0, currency: "USD" };
const EMPTY: Cart = {
  lines: [],
  itemCount: 0,
  subtotal: ZERO,
  shipping: ZERO,
  total: ZERO,
  canCheckout: false,
  problem: null,
};

// A cart is one currency: that of its oldest line. A line in another (left by an older build,
// or a product whose currency changed since) is flagged and counts in no total.
function toLine(item: cartRepo.CartRow["items"][number], cartCurrency: string): CartLine {
  const { product, quantity } = item;
  const sellable = product.active && product.deletedAt === null;
  const problem = !sellable
    ? "UNAVAILABLE"
    : product.currency !== cartCurrency
      ? "CURRENCY_MISMATCH"
      : product.stock <= 0
        ? "OUT_OF_STOCK"
        : product.stock < quantity
          ? "INSUFFICIENT_STOCK"
          : null;
  const image = product.images[0];
  return {
    productId: product.id,
    slug: product.slug,
    name: product.name,
    image: image ? { url: mediaUrl(image.storageKey), alt: image.alt, width: image.width, height: image.height } : null,
    unitPrice: { amountCents: product.priceCents, currency: product.currency },
    quantity,
    lineTotal: { amountCents: product.priceCents * quantity, currency: product.currency },
    available: sellable ? Math.max(0, product.stock) : 0,
    stockStatus: sellable ? stockStatus(product.stock) : "OUT_OF_STOCK",
    problem,
  };
}

export async function getCart(identity: CartIdentity): Promise<Cart> {
  const owner = ownerOf(identity);
  const cart = owner ? await cartRepo.findCart(owner) : null;
  const currency = cart?.items[0]?.product.currency;
  if (!cart || !currency) return EMPTY;
  const lines = cart.items.map((item) => toLine(item, currency));
  const totals = orderTotals(
    lines
      .filter((line) => line.unitPrice.currency === currency)
      .map((line) => ({ unitPriceCents: line.unitPrice.amountCents, quantity: line.quantity })),
  );
  const overLimit = totals.totalCents > MAX_ORDER_TOTAL_CENTS;
  return {
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: { amountCents: totals.subtotalCents, currency },
    shipping: { amountCents: totals.shippingCents, currency },
    total: { amountCents: totals.totalCents, currency },
    canCheckout: !overLimit && lines.every((line) => line.problem === null),
    problem: overLimit ? "ORDER_TOTAL_TOO_LARGE" : null,
  };
}

function assertWithinStock(product: { stock: number }, quantity: number): void {
  if (product.stock <= 0) throw new DomainError("OUT_OF_STOCK", "This product is sold out", { available: 0 });
  if (quantity > product.stock) {
    throw new DomainError("INSUFFICIENT_STOCK", `Only ${product.stock} left in stock`, { available: product.stock });
  }
}

// A cart is one currency, and never totals more than one order may.
async function assertLineMayGrow(
  tx: DbTransaction,
  cartId: string,
  product: cartRepo.SellableProduct,
  quantity: number,
): Promise<void> {
  const others = await cartRepo.otherLines(tx, cartId, product.id);
  for (const line of others) assertOneCurrency(line.currency, product.currency);
  assertWithinOrderLimit(orderTotals([...others, { unitPriceCents: product.priceCents, quantity }]));
}

// Returns a new guest token when this change created the guest's cart (the caller sets the cookie).
async function changeQuantity(identity: CartIdentity, productId: string, quantityFor: (current: number) => number) {
  const guestToken = identity.userId ? null : (identity.guestToken ?? newOpaqueToken());
  const owner = ownerOf({ userId: identity.userId, guestToken });
  if (!owner) throw new Error("unreachable: a cart owner always exists here");
  await db.$transaction(async (tx) => {
    const cartId = await cartRepo.lockOrCreateCart(tx, owner);
    const product = await cartRepo.findSellableProduct(tx, productId);
    if (!product) throw new DomainError("PRODUCT_NOT_FOUND", "This product is no longer sold");
    const current = (await cartRepo.findCartItem(tx, cartId, productId))?.quantity ?? 0;
    const quantity = quantityFor(current);
    if (quantity > MAX_LINE_QUANTITY)
      throw new DomainError("QUANTITY_LIMIT_EXCEEDED", `At most ${MAX_LINE_QUANTITY} of one product per order`);
    // Lowering or removing a line is always possible, whatever else is wrong with the cart.
    if (quantity > current) {
      assertWithinStock(product, quantity);
      await assertLineMayGrow(tx, cartId, product, quantity);
    }
    await cartRepo.setItemQuantity(tx, cartId, productId, quantity);
  });
  return { newGuestToken: guestToken !== identity.guestToken ? guestToken : null };
}

export function addItem(identity: CartIdentity, productId: string, quantity: number) {
  return changeQuantity(identity, productId, (current) => current + quantity);
}

export function setItemQuantity(identity: CartIdentity, productId: string, quantity: number) {
  return changeQuantity(identity, productId, () => quantity);
}

// On sign-in: the guest's lines join the account's cart (quantities added, capped at stock
// and the per-line maximum); the guest cart is deleted. The cart stays one currency (the
// account cart's if it has lines, else that of the guest's oldest line) within the order
// limit: guest lines that would break either are left out and returned, for sign-in to tell.
export async function mergeGuestCart(userId: string, guestToken: string): Promise<CartLineLeftOut[]> {
  return db.$transaction(async (tx) => {
    const guest = await cartRepo.lockGuestCartItems(tx, sha256Hex(guestToken));
    if (!guest) return [];
    const cartId = await cartRepo.lockOrCreateCart(tx, { userId });
    const leftOut: CartLineLeftOut[] = [];
    for (const item of guest.items) {
      const product = await cartRepo.findSellableProduct(tx, item.productId);
      if (!product || product.stock <= 0) continue;
      const current = (await cartRepo.findCartItem(tx, cartId, item.productId))?.quantity ?? 0;
      const quantity = Math.min(current + item.quantity, product.stock, MAX_LINE_QUANTITY);
      try {
        await assertLineMayGrow(tx, cartId, product, quantity);
      } catch (error) {
        if (
          !isDomainError(error) ||
          (error.code !== "CART_CURRENCY_MISMATCH" && error.code !== "ORDER_TOTAL_TOO_LARGE")
        )
          throw error;
        leftOut.push({ productId: product.id, name: product.name, reason: error.code });
        continue;
      }
      await cartRepo.setItemQuantity(tx, cartId, item.productId, quantity);
    }
    await cartRepo.deleteCart(tx, guest.id);
    return leftOut;
  });
}

// Checkout empties the cart in the transaction that places the order.
export function emptyCart(tx: SqlTransaction, userId: string): Promise<void> {
  return cartRepo.emptyUserCart(tx, userId);
}
