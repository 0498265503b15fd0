import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { capturedEmails, runDueJobs } from "../../tests/support/jobs";

const address = { fullName: "Ana Shopper", line1: "1 Market Street", city: "Lisbon", postalCode: "1100-148", country: "PT" };
let productId: string;
let admin: Awaited<ReturnType<typeof signedInCaller>>;

beforeEach(async () => {
  productId = (await createProduct(db, (await createCategory(db)).id, { stock: 10, priceCents: 3000 })).id;
  admin = await signedInCaller(db, { role: "ADMIN" }, { "user-agent": "Staff browser", "x-request-id": "req-orders-1" });
});

async function paidOrder(quantity = 2, email?: string) {
  const buyer = await signedInCaller(db, email ? { email } : {});
  await buyer.caller.cart.addItem({ productId, quantity });
  const { orderId } = await buyer.caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address });
  await db.order.update({ where: { id: orderId }, data: { status: "PAID", paidAt: new Date() } });
  await db.payment.create({ data: { orderId, provider: "testpay", providerRef: `pay_${randomUUID()}`, amountCents: 6500, currency: "USD", status: "SUCCEEDED" } });
  return { ...buyer, orderId };
}

const stock = async () => (await db.product.findUniqueOrThrow({ where: { id: productId } })).stock;

describe("admin orders", () => {
  it("moves an order to shipped and emails the customer exactly once", async () => {
    const { orderId, user } = await paidOrder();
    await admin.caller.admin.orders.transition({ id: orderId, to: "FULFILLING" });
    const shipped = await admin.caller.admin.orders.transition({ id: orderId, to: "SHIPPED", note: "Tracking: 1Z999" });
    expect(shipped).toMatchObject({ status: "SHIPPED", nextStatuses: ["DELIVERED", "REFUNDED"] });
    // (The test marked it paid directly, so the timeline has no PAID event.)
    expect(shipped.timeline.map((event) => event.status)).toEqual(["PENDING_PAYMENT", "FULFILLING", "SHIPPED"]);
    await runDueJobs();
    await runDueJobs();
    const mails = capturedEmails().filter((mail) => mail.subject.includes("is on its way"));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: [user.email] });
    expect(mails[0]?.text).toContain("Tracking: 1Z999");
    const audit = await db.auditLog.findMany({ where: { entityId: orderId }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.before, (entry.after as { status: string }).status])).toEqual([
      [{ status: "PAID" }, "FULFILLING"],
      [{ status: "FULFILLING" }, "SHIPPED"],
    ]);
    expect(audit[1]).toMatchObject({ actorId: admin.user.id, userAgent: "Staff browser", requestId: "req-orders-1" });
  });

  it("refuses a move the state machine does not allow, changing nothing", async () => {
    const { orderId } = await paidOrder();
    const before = await stock();
    const error = await trpcErrorOf(admin.caller.admin.orders.transition({ id: orderId, to: "DELIVERED" }));
    expect([error.code, domainCodeOf(error)]).toEqual(["CONFLICT", "INVALID_ORDER_TRANSITION"]);
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PAID");
    expect(await stock()).toBe(before);
    expect(await db.orderEvent.count({ where: { orderId } })).toBe(1);
    expect(await db.auditLog.count()).toBe(0);
    expect((await trpcErrorOf(admin.caller.admin.orders.transition({ id: randomUUID(), to: "SHIPPED" }))).code).toBe("NOT_FOUND");
  });

  it("cancels a paid order: stock back, payment refunded, customer told, in one transaction", async () => {
    const { orderId } = await paidOrder(3);
    expect(await stock()).toBe(7);
    const cancelled = await admin.caller.admin.orders.transition({ id: orderId, to: "CANCELLED" });
    expect(cancelled.status).toBe("CANCELLED");
    expect(await stock()).toBe(10);
    expect(cancelled.payments.map((payment) => payment.status)).toEqual(["REFUNDED"]);
    await runDueJobs();
    const mail = capturedEmails().find((message) => message.subject.includes("was cancelled"));
    expect(mail?.text).toContain("refunded");
  });

  it("lets only one of two concurrent moves win", async () => {
    const { orderId } = await paidOrder();
    const results = await Promise.allSettled([
      admin.caller.admin.orders.transition({ id: orderId, to: "CANCELLED" }),
      admin.caller.admin.orders.transition({ id: orderId, to: "FULFILLING" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.orderEvent.count({ where: { orderId } })).toBe(2);
    expect(await db.auditLog.count({ where: { entityId: orderId } })).toBe(1);
  });

  it("lists every customer's orders with filters and a capped page size", async () => {
    const first = await paidOrder(1, "first@shopfront.test");
    const second = await paidOrder(1, "second@shopfront.test");
    await admin.caller.admin.orders.transition({ id: second.orderId, to: "FULFILLING" });
    const all = await admin.caller.admin.orders.list({});
    expect(all.items.map((order) => order.id)).toEqual([second.orderId, first.orderId]);
    expect((await admin.caller.admin.orders.list({ status: "FULFILLING" })).items.map((order) => order.id)).toEqual([second.orderId]);
    expect((await admin.caller.admin.orders.list({ customerEmail: "FIRST@" })).items.map((order) => order.customer.email)).toEqual(["first@shopfront.test"]);
    expect((await admin.caller.admin.orders.list({ from: new Date(Date.now() + 60_000) })).total).toBe(0);
    expect((await trpcErrorOf(admin.caller.admin.orders.list({ pageSize: 500 }))).code).toBe("BAD_REQUEST");
  });
});
