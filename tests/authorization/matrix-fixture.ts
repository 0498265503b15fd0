// The world every procedure is called in by the authorization matrix and the fuzz test:
// shopper A with a paid order for a product, a second session, a support conversation, a
// READY image and a pending upload, so each procedure's valid input (procedure-inputs.ts) goes through to the end.
import { randomUUID } from "node:crypto";
import type { Db } from "../../server/db";
import { createSession } from "../../server/auth/session.repo";
import { createCategory, createProduct } from "../factories/catalog.factory";
import { signedInCaller } from "../support/callers";
import type { MatrixFixture } from "./procedure-inputs";

export async function createMatrixWorld(db: Db) {
  const category = await createCategory(db);
  const product = await createProduct(db, category.id);
  const a = await signedInCaller(db);
  await a.caller.cart.addItem({ productId: product.id });
  const order = await a.caller.checkout.placeOrder({
    idempotencyKey: randomUUID(),
    shippingAddress: { fullName: "A", line1: "1 St", city: "X", postalCode: "1100-148", country: "PT" },
  });
  // A paid order, so shopper A has bought the product (and may review it); and a cart again,
  // so checkout calls reach the address and totals with whatever input they are given.
  await db.order.update({ where: { id: order.orderId }, data: { status: "PAID" } });
  await a.caller.cart.addItem({ productId: product.id });
  // A confirmed image and a pending upload, so the admin's image calls go through to the end.
  const image = await db.productImage.create({
    data: {
      productId: product.id,
      storageKey: `products/${product.id}/${randomUUID()}.png`,
      contentType: "image/png",
      sizeBytes: 2048,
      width: 8,
      height: 8,
      status: "READY",
    },
  });
  const upload = await db.productImage.create({
    data: {
      productId: product.id,
      storageKey: `quarantine/${product.id}/${randomUUID()}.png`,
      contentType: "image/png",
      sizeBytes: 0,
      width: 0,
      height: 0,
    },
  });
  const other = await createSession({
    userId: a.user.id,
    userAgent: "other device",
    ip: null,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  const conversation = await a.caller.support.open({
    orderId: order.orderId,
    firstMessage: { id: randomUUID(), body: "Where is my order?" },
  });
  const fixture: MatrixFixture = {
    shopperA: {
      id: a.user.id,
      email: a.user.email,
      password: a.user.password,
      otherSessionId: other.sessionId,
      orderId: order.orderId,
      conversationId: conversation.id,
    },
    productSlug: product.slug,
    productId: product.id,
    imageId: image.id,
    uploadId: upload.id,
    categorySlug: category.slug,
    categoryId: category.id,
  };
  return { fixture, shopperA: a };
}
