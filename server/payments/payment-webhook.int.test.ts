import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { POST as webhook } from "../../app/api/webhooks/payments/route";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { testAddress as address } from "../../tests/support/orders";
import { runDueJobs } from "../../tests/support/jobs";
import { TEST_PAYMENT_WEBHOOK_SECRET } from "../../tests/support/test-services";
import { signWebhook } from "./standard-webhooks";

let order: { id: string; totalCents: number };

beforeEach(async () => {
  const product = await createProduct(db, (await createCategory(db)).id, { stock: 5, priceCents: 4000 });
  const buyer = await signedInCaller(db);
  await buyer.caller.cart.addItem({ productId: product.id });
  const { orderId } = await buyer.caller.checkout.placeOrder({
    idempotencyKey: randomUUID(),
    shippingAddress: address,
  });
  order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { id: true, totalCents: true } });
});

function delivery(
  options: {
    type?: string;
    eventId?: string;
    body?: string;
    secret?: string;
    timestamp?: number;
    headers?: Record<string, string | null>;
  } = {},
) {
  const eventId = options.eventId ?? `evt_${randomUUID()}`;
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const body =
    options.body ??
    JSON.stringify({
      type: options.type ?? "payment.succeeded",
      data: { paymentId: "pay_1", orderId: order.id, amountCents: order.totalCents, currency: "USD" },
    });
  const signature = signWebhook({
    id: eventId,
    timestamp,
    body,
    secret: options.secret ?? TEST_PAYMENT_WEBHOOK_SECRET,
  });
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "webhook-id": eventId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signature,
  };
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) delete headers[name];
    else headers[name] = value;
  }
  return { eventId, body, headers };
}

const send = (d: { body: string; headers: Record<string, string> }, body = d.body) =>
  webhook(new Request("http://localhost:3000/api/webhooks/payments", { method: "POST", headers: d.headers, body }));

const status = async () => (await db.order.findUniqueOrThrow({ where: { id: order.id } })).status;

describe("payment webhook", () => {
  it("marks the order paid and sends one confirmation email", async () => {
    const response = await send(delivery());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, outcome: "applied" });
    expect(await status()).toBe("PAID");
    const mails = await runDueJobs();
    expect(mails.map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Order SF-.* is confirmed$/)]);
    expect(mails[0]?.text).toMatch(/1100-148 Lisbon\s+Portugal/);
  });

  it("processes each event id once", async () => {
    const first = delivery();
    await send(first);
    const again = await send(first);
    expect(await again.json()).toEqual({ received: true, outcome: "duplicate" });
    expect(await runDueJobs()).toHaveLength(1);
    expect(await db.webhookEvent.count()).toBe(1);
  });

  it.each([
    [
      "a tampered body",
      (d: ReturnType<typeof delivery>) => send(d, d.body.replace(`"amountCents":${4000 + 500}`, '"amountCents":1')),
    ],
    ["a wrong secret", () => send(delivery({ secret: `whsec_${Buffer.from("someone-else").toString("base64")}` }))],
    ["an old timestamp", () => send(delivery({ timestamp: Math.floor(Date.now() / 1000) - 600 }))],
    ["a future timestamp", () => send(delivery({ timestamp: Math.floor(Date.now() / 1000) + 600 }))],
    ["a missing signature header", () => send(delivery({ headers: { "webhook-signature": null } }))],
    ["a missing id header", () => send(delivery({ headers: { "webhook-id": null } }))],
  ])("refuses %s with 401 and changes nothing", async (_label, deliver) => {
    const response = await deliver(delivery());
    expect(response.status).toBe(401);
    expect(await status()).toBe("PENDING_PAYMENT");
    expect(await db.webhookEvent.count()).toBe(0);
  });

  it("keeps the order consistent when events arrive out of order", async () => {
    await send(delivery({ type: "payment.succeeded" }));
    await send(delivery({ type: "payment.failed" }));
    expect(await status()).toBe("PAID");
    expect((await db.payment.findFirstOrThrow()).status).toBe("SUCCEEDED");
  });

  it("applies two events of one new payment that arrive at the same time, whichever commits first", async () => {
    const responses = await Promise.all([
      send(delivery({ type: "payment.failed" })),
      send(delivery({ type: "payment.succeeded" })),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    expect(await status()).toBe("PAID");
    expect(await db.payment.findMany({ select: { status: true } })).toEqual([{ status: "SUCCEEDED" }]);
    expect(await db.webhookEvent.count()).toBe(2);
  });

  it("records money that arrives after the order was cancelled, without reviving it", async () => {
    await db.order.update({ where: { id: order.id }, data: { status: "CANCELLED" } });
    await send(delivery());
    expect(await status()).toBe("CANCELLED");
    const notes = await db.orderEvent.findMany({ where: { orderId: order.id }, select: { note: true } });
    expect(notes.some((event) => event.note.includes("refund due"))).toBe(true);
  });

  it("refuses a payment id already recorded for another order: the second order stays unpaid", async () => {
    expect((await send(delivery())).status).toBe(200);
    const first = order;
    const product = await createProduct(db, (await createCategory(db)).id, { stock: 5, priceCents: 4000 });
    const buyer = await signedInCaller(db);
    await buyer.caller.cart.addItem({ productId: product.id });
    const { orderId } = await buyer.caller.checkout.placeOrder({
      idempotencyKey: randomUUID(),
      shippingAddress: address,
    });
    order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { id: true, totalCents: true } });
    for (const type of ["payment.succeeded", "payment.failed"]) {
      const reused = delivery({ type });
      const response = await send(reused);
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({ error: "PAYMENT_REFERENCE_MISMATCH" });
      expect(await db.webhookEvent.count({ where: { eventId: reused.eventId } })).toBe(0);
    }
    expect(await status()).toBe("PENDING_PAYMENT");
    expect(await db.payment.findMany({ select: { orderId: true, status: true } })).toEqual([
      { orderId: first.id, status: "SUCCEEDED" },
    ]);
  });

  it("does not mark an order paid for the wrong amount", async () => {
    const wrong = delivery({
      body: JSON.stringify({
        type: "payment.succeeded",
        data: { paymentId: "pay_2", orderId: order.id, amountCents: 1, currency: "USD" },
      }),
    });
    expect((await (await send(wrong)).json()).outcome).toBe("ignored");
    expect(await status()).toBe("PENDING_PAYMENT");
  });

  // Signed with the right key, yet malformed: a 400 that records nothing, so a corrected
  // redelivery of the same event still counts.
  const data = (overrides: Record<string, unknown>) => ({
    paymentId: "pay_3",
    orderId: order.id,
    amountCents: order.totalCents,
    currency: "USD",
    ...overrides,
  });
  it.each([
    ["a currency of symbols", () => data({ currency: "$$$" })],
    ["a lower-case currency", () => data({ currency: "usd" })],
    ["a four-letter currency", () => data({ currency: "EURO" })],
    ["an amount past the int4 range", () => data({ amountCents: 2 ** 31 })],
    ["a negative amount", () => data({ amountCents: -1 })],
    ["a payment id with a NUL byte", () => data({ paymentId: "pay\u0000x" })],
    ["a payment id with a lone surrogate", () => data({ paymentId: "pay\ud800" })],
  ])("refuses a signed event with %s with 400 and changes nothing", async (_label, body) => {
    const response = await send(delivery({ body: JSON.stringify({ type: "payment.succeeded", data: body() }) }));
    expect(response.status).toBe(400);
    expect(await status()).toBe("PENDING_PAYMENT");
    expect(await db.webhookEvent.count()).toBe(0);
    expect(await db.payment.count()).toBe(0);
    expect(await db.orderEvent.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("refuses a signed event whose id is longer than any provider's, with 400", async () => {
    const response = await send(delivery({ eventId: `evt_${"x".repeat(200)}` }));
    expect(response.status).toBe(400);
    expect(await db.webhookEvent.count()).toBe(0);
    expect(await status()).toBe("PENDING_PAYMENT");
  });
});
