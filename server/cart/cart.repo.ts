import "server-only";
import { db, type DbTransaction } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { SqlTransaction } from "../pool-transaction";

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

// Makes the owner's cart if there is none, then locks it for the rest of the transaction, so
// concurrent changes to one cart apply one after the other. The insert skips an existing cart
// (ON CONFLICT DO NOTHING) and waits for one being made: two first requests of one owner (a
// double click on Add to cart, or on Sign in with a guest cart) must not both insert it, which
// an upsert does (it reads, then inserts) and the second then fails on the unique owner.
// A cart deleted between the insert that found it and the lock (a sign-in merging this guest
// cart at that moment) is made again by a second try.
export async function lockOrCreateCart(tx: DbTransaction, owner: CartOwner): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    await tx.cart.createMany({ data: [owner], skipDuplicates: true });
    const [cart] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM carts WHERE ${ownerColumn(owner)} FOR UPDATE`;
    if (cart) return cart.id;
    if (attempt === 2) throw new Error("the cart made or found in this transaction is gone twice");
  }
}

function ownerColumn(owner: CartOwner): Prisma.Sql {
  return "userId" in owner
    ? Prisma.sql`"userId" = ${owner.userId}::uuid`
    : Prisma.sql`"guestTokenHash" = ${owner.guestTokenHash}`;
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

export async function emptyUserCart(tx: SqlTransaction, userId: string): Promise<void> {
  await tx.$executeRaw`DELETE FROM cart_items USING carts WHERE carts.id = cart_items."cartId" AND carts."userId" = ${userId}::uuid`;
}

export async function deleteCart(tx: DbTransaction, cartId: string): Promise<void> {
  await tx.cart.delete({ where: { id: cartId } });
}

// Locked, so that of two sign-ins merging the same guest cart at once (a double click), the
// second waits for the first and finds the guest cart gone, instead of adding its lines again.
export async function lockGuestCartItems(tx: DbTransaction, guestTokenHash: string) {
  const [cart] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM carts WHERE ${ownerColumn({ guestTokenHash })} FOR UPDATE`;
  if (!cart) return null;
  const items = await tx.cartItem.findMany({
    where: { cartId: cart.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { productId: true, quantity: true },
  });
  return { id: cart.id, items };
}
