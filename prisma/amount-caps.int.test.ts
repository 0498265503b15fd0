// The database's half of the amount limits (migration amount_caps): whatever writes a row,
// no price, quantity or total can be large enough for a sum to overflow an int4 column.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../server/db";
import { MAX_PRICE_CENTS } from "../server/catalog/product-admin.schema";
import { MAX_LINE_QUANTITY } from "../server/cart/cart-limits";
import { MAX_ORDER_TOTAL_CENTS } from "../server/checkout/pricing";
import { createCategory, createProduct } from "../tests/factories/catalog.factory";
import { createUser } from "../tests/factories/user.factory";

async function orderRow(overrides: { subtotalCents?: number; currency?: string } = {}) {
  const user = await createUser(db);
  const subtotalCents = overrides.subtotalCents ?? 1000;
  return {
    number: `SF-${randomUUID().slice(0, 8)}`,
    userId: user.id,
    currency: overrides.currency ?? "USD",
    subtotalCents,
    shippingCents: 0,
    totalCents: subtotalCents,
    email: user.email,
    shipFullName: "A",
    shipLine1: "1 St",
    shipCity: "X",
    shipPostalCode: "12345",
    shipCountry: "PT",
    paymentExpiresAt: new Date(Date.now() + 3_600_000),
  };
}

describe("amount limits in the database", () => {
  it("refuses a price above the highest a product may have", async () => {
    const category = await createCategory(db);
    const product = await createProduct(db, category.id, { priceCents: MAX_PRICE_CENTS });
    await expect(
      db.product.update({ where: { id: product.id }, data: { priceCents: MAX_PRICE_CENTS + 1 } }),
    ).rejects.toThrow(/products_price_max/);
  });

  it("refuses cart and order quantities above the per-line maximum", async () => {
    const category = await createCategory(db);
    const product = await createProduct(db, category.id);
    const user = await createUser(db);
    const cart = await db.cart.create({ data: { userId: user.id } });
    await expect(
      db.cartItem.create({ data: { cartId: cart.id, productId: product.id, quantity: MAX_LINE_QUANTITY + 1 } }),
    ).rejects.toThrow(/cart_items_quantity_max/);
    const order = await db.order.create({ data: await orderRow() });
    const line = {
      orderId: order.id,
      productId: product.id,
      productName: "P",
      productSlug: "p",
      unitPriceCents: 10,
      quantity: MAX_LINE_QUANTITY + 1,
      lineTotalCents: 10 * (MAX_LINE_QUANTITY + 1),
    };
    await expect(db.orderItem.create({ data: line })).rejects.toThrow(/order_items_quantity_max/);
    await expect(
      db.orderItem.create({
        data: { ...line, quantity: 1, unitPriceCents: MAX_PRICE_CENTS + 1, lineTotalCents: MAX_PRICE_CENTS + 1 },
      }),
    ).rejects.toThrow(/order_items_unit_price_range/);
  });

  it("refuses an order over the order limit, or in a malformed currency", async () => {
    await expect(
      db.order.create({ data: await orderRow({ subtotalCents: MAX_ORDER_TOTAL_CENTS + 1 }) }),
    ).rejects.toThrow(/orders_total_max/);
    await expect(db.order.create({ data: await orderRow({ currency: "$$$" }) })).rejects.toThrow(
      /orders_currency_upper/,
    );
    await db.order.create({ data: await orderRow({ subtotalCents: MAX_ORDER_TOTAL_CENTS }) });
  });

  it("refuses a negative payment or one in a malformed currency", async () => {
    const order = await db.order.create({ data: await orderRow() });
    const payment = {
      orderId: order.id,
      provider: "testpay",
      providerRef: "pay_1",
      amountCents: 1000,
      currency: "USD",
      status: "SUCCEEDED" as const,
    };
    await expect(db.payment.create({ data: { ...payment, amountCents: -1 } })).rejects.toThrow(
      /payments_amount_non_negative/,
    );
    await expect(db.payment.create({ data: { ...payment, currency: "usd" } })).rejects.toThrow(
      /payments_currency_upper/,
    );
  });
});
