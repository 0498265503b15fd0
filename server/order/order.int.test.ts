import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { testAddress as address } from "../../tests/support/orders";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { runDueJobs } from "../../tests/support/jobs";

let productId: string;

beforeEach(async () => {
  productId = (await createProduct(db, (await createCategory(db)).id, { stock: 5, priceCents: 3000 })).id;
});

async function placedOrder(quantity = 2) {
  const buyer = await signedInCaller(db);
  await buyer.caller.cart.addItem({ productId, quantity });
  const { orderId } = await buyer.caller.checkout.placeOrder({
    idempotencyKey: randomUUID(),
    shippingAddress: address,
  });
  return { ...buyer, orderId };
}

const stock = async () => (await db.product.findUniqueOrThrow({ where: { id: productId } })).stock;

describe("orders", () => {
  it("lists the shopper's own orders and shows each with its timeline", async () => {
    const { caller, orderId } = await placedOrder();
    await placedOrder(1);
    const page = await caller.order.list({});
    expect(page.items.map((order) => order.id)).toEqual([orderId]);
    const detail = await caller.order.get({ id: orderId });
    expect(detail).toMatchObject({
      status: "PENDING_PAYMENT",
      itemCount: 2,
      cancellable: true,
      total: { amountCents: 6500 },
    });
    expect(detail.timeline.map((event) => event.status)).toEqual(["PENDING_PAYMENT"]);
  });

  it("answers NOT_FOUND (ORDER_NOT_FOUND) for another shopper's order, to read or to cancel", async () => {
    const { orderId } = await placedOrder();
    const other = await signedInCaller(db);
    // One at a time: started together, the second could reject before anything awaited it.
    for (const call of [
      () => other.caller.order.get({ id: orderId }),
      () => other.caller.order.cancel({ id: orderId }),
    ]) {
      const error = await trpcErrorOf(call());
      expect([error.code, domainCodeOf(error)]).toEqual(["NOT_FOUND", "ORDER_NOT_FOUND"]);
    }
    expect(await stock()).toBe(3);
  });

  it("cancels while cancellable, restoring stock in the same transaction, once", async () => {
    const { caller, orderId } = await placedOrder();
    const cancelled = await caller.order.cancel({ id: orderId });
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.timeline.map((event) => event.status)).toEqual(["PENDING_PAYMENT", "CANCELLED"]);
    expect(await stock()).toBe(5);
    expect(domainCodeOf(await trpcErrorOf(caller.order.cancel({ id: orderId })))).toBe("ORDER_NOT_CANCELLABLE");
    expect(await stock()).toBe(5);
  });

  it("releases the stock of an order still unpaid when its payment window closes", async () => {
    const { caller, orderId } = await placedOrder();
    await runDueJobs();
    expect((await caller.order.get({ id: orderId })).status).toBe("PENDING_PAYMENT");
    await db.order.update({ where: { id: orderId }, data: { paymentExpiresAt: new Date(Date.now() - 1000) } });
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now()`;
    await runDueJobs();
    expect((await caller.order.get({ id: orderId })).status).toBe("CANCELLED");
    expect(await stock()).toBe(5);
  });
});
