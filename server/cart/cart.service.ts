// Carts: one per signed-in shopper, or per guest (an opaque httpOnly cookie whose hash
// identifies the cart). Prices and stock always come from the database; quantities are
// checked against stock on every change and again at checkout.
import "server-only";
import { db } from "../db";
import { DomainError } from "../lib/errors";
import { mediaUrl } from "../lib/media-url";
import { newOpaqueToken, sha256Hex } from "../auth/session.repo";
import { stockStatus } from "../catalog/catalog.service";
import { shippingFor } from "../checkout/pricing";
import * as cartRepo from "./cart.repo";
import { MAX_LINE_QUANTITY, type Cart, type CartLine } from "./cart.schema";

export type CartIdentity = { userId: string | null; guestToken: string | null };

function ownerOf(identity: CartIdentity): cartRepo.CartOwner | null {
  if (identity.userId) return { userId: identity.userId };
  return identity.guestToken ? { guestTokenHash: sha256Hex(identity.guestToken) } : null;
}

const ZERO = { amountCents: 0, currency: "USD" };
const EMPTY: Cart = { lines: [], itemCount: 0, subtotal: ZERO, shipping: ZERO, total: ZERO, canCheckout: false };

function toLine(item: cartRepo.CartRow["items"][number]): CartLine {
  const { product, quantity } = item;
  const sellable = product.active && product.deletedAt === null;
  const problem = !sellable ? "UNAVAILABLE" : product.stock <= 0 ? "OUT_OF_STOCK" : product.stock < quantity ? "INSUFFICIENT_STOCK" : null;
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
  if (!cart || cart.items.length === 0) return EMPTY;
  const lines = cart.items.map(toLine);
  const currency = lines[0]?.unitPrice.currency ?? "USD";
  const subtotalCents = lines.reduce((sum, line) => sum + line.lineTotal.amountCents, 0);
  const shippingCents = shippingFor(subtotalCents);
  return {
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: { amountCents: subtotalCents, currency },
    shipping: { amountCents: shippingCents, currency },
    total: { amountCents: subtotalCents + shippingCents, currency },
    canCheckout: lines.every((line) => line.problem === null),
  };
}

function assertWithinStock(product: { stock: number }, quantity: number): void {
  if (product.stock <= 0) throw new DomainError("OUT_OF_STOCK", "This product is sold out", { available: 0 });
  if (quantity > product.stock) {
    throw new DomainError("INSUFFICIENT_STOCK", `Only ${product.stock} left in stock`, { available: product.stock });
  }
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
    if (quantity > MAX_LINE_QUANTITY) throw new DomainError("BAD_REQUEST", `At most ${MAX_LINE_QUANTITY} of one product per order`);
    if (quantity > 0) assertWithinStock(product, quantity);
    const currencies = await cartRepo.cartCurrencies(tx, cartId);
    if (currencies.some((row) => row.currency !== product.currency)) {
      throw new DomainError("BAD_REQUEST", "A cart holds products of one currency only");
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
// and the per-line maximum); the guest cart is deleted.
export async function mergeGuestCart(userId: string, guestToken: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const guest = await cartRepo.guestCartItems(tx, sha256Hex(guestToken));
    if (!guest) return;
    const cartId = await cartRepo.lockOrCreateCart(tx, { userId });
    for (const item of guest.items) {
      const product = await cartRepo.findSellableProduct(tx, item.productId);
      if (!product || product.stock <= 0) continue;
      const current = (await cartRepo.findCartItem(tx, cartId, item.productId))?.quantity ?? 0;
      await cartRepo.setItemQuantity(tx, cartId, item.productId, Math.min(current + item.quantity, product.stock, MAX_LINE_QUANTITY));
    }
    await cartRepo.deleteCart(tx, guest.id);
  });
}
