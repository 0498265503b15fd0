// The live events an order's life sends: written to the outbox with each change, published to
// the shopper's and the staff channel's streams by the worker; stock ticks for product pages.
import { once } from "node:events";
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { env } from "../env";
import { redis } from "../redis";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { runDueJobs } from "../../tests/support/jobs";
import { payOrder, placedOrder } from "../../tests/support/orders";
import { liveChannels } from "../realtime/live-event.schema";
import { pubSubChannel, streamKey } from "../realtime/live-keys";

async function streamEvents(channel: string): Promise<unknown[]> {
  const entries = (await redis?.xrange(streamKey(channel), "-", "+")) ?? [];
  return entries.map(([, fields]) => JSON.parse(fields[1] ?? "null"));
}

async function product(stock: number) {
  return createProduct(db, (await createCategory(db)).id, { stock, priceCents: 2500 });
}

describe("an order's live events", () => {
  it("tells staff of a new order and the shopper and staff of its payment and later moves", async () => {
    const { id: productId } = await product(20);
    const { orderId, user } = await placedOrder(db, productId);
    const { number } = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { number: true } });
    await runDueJobs();
    const placed = { type: "order.placed", orderId, number, totalCents: expect.any(Number), currency: "USD" };
    expect(await streamEvents(liveChannels.staff)).toEqual([placed]);
    expect(await streamEvents(liveChannels.user(user.id))).toEqual([]);

    await payOrder(db, orderId);
    const admin = await signedInCaller(db, { role: "ADMIN" });
    await admin.caller.admin.orders.transition({ id: orderId, to: "FULFILLING" });
    await runDueJobs();

    expect(await streamEvents(liveChannels.user(user.id))).toEqual([
      { type: "order.status", orderId, number, status: "PAID" },
      { type: "order.status", orderId, number, status: "FULFILLING" },
    ]);
    expect(await streamEvents(liveChannels.staff)).toEqual([
      placed,
      { type: "order.paid", orderId, number, totalCents: expect.any(Number), currency: "USD" },
      { type: "order.status", orderId, number, status: "FULFILLING" },
    ]);
  });

  it("publishes nothing for a change that rolled back", async () => {
    const { id: productId } = await product(20);
    const { orderId, user, caller } = await placedOrder(db, productId);
    await payOrder(db, orderId);
    const admin = await signedInCaller(db, { role: "ADMIN" });
    await expect(admin.caller.admin.orders.transition({ id: orderId, to: "DELIVERED" })).rejects.toThrow();
    await caller.order.cancel({ id: orderId });
    await runDueJobs();
    const statuses = (await streamEvents(liveChannels.user(user.id))).map(
      (event) => (event as { status: string }).status,
    );
    expect(statuses).toEqual(["PAID", "CANCELLED"]);
  });

  it("alerts staff once when a sale takes a product down to the low-stock line", async () => {
    const { id: productId, name } = await product(8);
    await placedOrder(db, productId, { quantity: 2 }); // 6 left: above the line
    await placedOrder(db, productId, { quantity: 2 }); // 4 left: crossed
    await placedOrder(db, productId, { quantity: 1 }); // 3 left: already below
    await runDueJobs();
    const alerts = (await streamEvents(liveChannels.staff)).filter(
      (event) => (event as { type: string }).type === "stock.low",
    );
    expect(alerts).toEqual([{ type: "stock.low", productId, name, stock: 4 }]);
  });

  it("ticks the product's channel with the new stock after a sale, a cancellation and a staff adjustment", async () => {
    const { id: productId } = await product(10);
    const subscriber = new Redis(env.REDIS_URL ?? "");
    const ticks: unknown[] = [];
    subscriber.on("message", (_channel, message) => ticks.push(JSON.parse(message)));
    await subscriber.subscribe(pubSubChannel(subscriber, liveChannels.product(productId)));
    try {
      const { caller, orderId } = await placedOrder(db, productId, { quantity: 3 });
      await caller.order.cancel({ id: orderId });
      const admin = await signedInCaller(db, { role: "ADMIN" });
      await admin.caller.admin.products.adjustStock({ id: productId, delta: 5, reason: "Delivery arrived" });
      while (ticks.length < 3) await once(subscriber, "message");
      expect(ticks).toEqual([
        { id: null, event: { type: "stock", productId, stock: 7, version: 1 } },
        { id: null, event: { type: "stock", productId, stock: 10, version: 2 } },
        { id: null, event: { type: "stock", productId, stock: 15, version: 3 } },
      ]);
    } finally {
      subscriber.disconnect();
    }
  });
});
