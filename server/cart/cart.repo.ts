import "server-only";
import { db, type DbTransaction } from "../db";
import type { Prisma } from "../generated/prisma/client";

export type CartOwner = { userId: string } | { guestTokenHash: string };

function ownerWhere(owner: CartOwner): Prisma.CartWhereUniqueInput {
  return "userId" in owner ? { userId: owner.userId } : { guestTokenHash: owner.guestTokenHash };
}

// What a cart line shows and checks: price, stock, whether it is still sold, its first image.
const cartProductSelect = {
  id: true,
  slug: true,
  name: true,
  priceCents: true,
  currency: true,
  stock: true,
  active: true,
  deletedAt: true,
  images: {
    where: { status: "READY" },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    take: 1,
    select: { storageKey: true, alt: true, width: true, height: true },
  },
} satisfies Prisma.ProductSelect;

const cartLinesSelect = {
  id: true,
  items: {
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
    select: {
      quantity: true,
      product: { select: cartProductSelect },
    },
  },
};

export function findCart(owner: CartOwner) {
  return db.cart.findUnique({ where: ownerWhere(owner), select: cartLinesSelect });
}

export type CartRow = NonNullable<Awaited<ReturnType<typeof findCart>>>;

// The cart row is locked for the rest of the transaction, so concurrent changes to one
// cart apply one after the other.
export async function lockOrCreateCart(tx: DbTransaction, owner: CartOwner): Promise<string> {
  const cart = await tx.cart.upsert({ where: ownerWhere(owner), create: owner, update: {}, select: { id: true } });
  await tx.$queryRaw`SELECT id FROM carts WHERE id = ${cart.id}::uuid FOR UPDATE`;
  return cart.id;
}

export function findSellableProduct(tx: DbTransaction, productId: string) {
  return tx.product.findFirst({
    where: { id: productId, active: true, deletedAt: null },
    select: { id: true, name: true, stock: true, priceCents: true, currency: true },
  });
}

export type SellableProduct = NonNullable<Awaited<ReturnType<typeof findSellableProduct>>>;

export function findCartItem(tx: DbTransaction, cartId: string, productId: string) {
  return tx.cartItem.findUnique({ where: { cartId_productId: { cartId, productId } }, select: { quantity: true } });
}

export async function setItemQuantity(
  tx: DbTransaction,
  cartId: string,
  productId: string,
  quantity: number,
): Promise<void> {
  if (quantity === 0) {
    await tx.cartItem.deleteMany({ where: { cartId, productId } });
    return;
  }
  await tx.cartItem.upsert({
    where: { cartId_productId: { cartId, productId } },
    create: { cartId, productId, quantity },
    update: { quantity },
  });
}

// The cart's other lines at today's prices (for the one-currency rule and the order limit).
export async function otherLines(tx: DbTransaction, cartId: string, productId: string) {
  const items = await tx.cartItem.findMany({
    where: { cartId, productId: { not: productId } },
    select: { quantity: true, product: { select: { priceCents: true, currency: true } } },
  });
  return items.map((item) => ({
    quantity: item.quantity,
    unitPriceCents: item.product.priceCents,
    currency: item.product.currency,
  }));
}

export async function emptyUserCart(tx: DbTransaction, userId: string): Promise<void> {
  await tx.cartItem.deleteMany({ where: { cart: { userId } } });
}

export async function deleteCart(tx: DbTransaction, cartId: string): Promise<void> {
  await tx.cart.delete({ where: { id: cartId } });
}

export function guestCartItems(tx: DbTransaction, guestTokenHash: string) {
  return tx.cart.findUnique({
    where: { guestTokenHash },
    select: {
      id: true,
      items: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { productId: true, quantity: true } },
    },
  });
}
