import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { trpcErrorOf } from "../../tests/support/errors";
import { paidOrder, placedOrder } from "../../tests/support/orders";

const DAY = 86_400_000;
let productId: string;
let admin: Awaited<ReturnType<typeof signedInCaller>>;

beforeEach(async () => {
  productId = (await createProduct(db, (await createCategory(db)).id, { stock: 20, priceCents: 3000 })).id;
  admin = await signedInCaller(db, { role: "ADMIN" });
});

const ids = (page: { items: { id: string }[] }) => page.items.map((order) => order.id);

describe("admin order list and detail", () => {
  it("lists every customer's orders newest first, filtered by status, customer email and dates", async () => {
    const old = await paidOrder(db, productId, { email: "first@shopfront.test" });
    await db.order.update({ where: { id: old.orderId }, data: { createdAt: new Date(Date.now() - 10 * DAY) } });
    const paid = await paidOrder(db, productId, { email: "second@shopfront.test" });
    const unpaid = await placedOrder(db, productId, { email: "third@shopfront.test", quantity: 2 });

    const all = await admin.caller.admin.orders.list({});
    expect(ids(all)).toEqual([unpaid.orderId, paid.orderId, old.orderId]);
    expect(all).toMatchObject({ total: 3, page: 1, pageSize: 25 });
    expect(all.items[0]).toMatchObject({
      status: "PENDING_PAYMENT",
      itemCount: 2,
      customer: { email: "third@shopfront.test" },
      total: { currency: "USD" },
    });

    expect(ids(await admin.caller.admin.orders.list({ status: "PAID" }))).toEqual([paid.orderId, old.orderId]);
    expect(ids(await admin.caller.admin.orders.list({ customerEmail: " FIRST@ " }))).toEqual([old.orderId]);
    expect(ids(await admin.caller.admin.orders.list({ to: new Date(Date.now() - 5 * DAY) }))).toEqual([old.orderId]);
    expect(ids(await admin.caller.admin.orders.list({ from: new Date(Date.now() - 5 * DAY), status: "PAID" }))).toEqual(
      [paid.orderId],
    );
    expect((await admin.caller.admin.orders.list({ from: new Date(Date.now() + DAY) })).total).toBe(0);
  });

  it("matches _ and % in the customer email as typed", async () => {
    const underscored = await placedOrder(db, productId, { email: "a_b@shopfront.test" });
    await placedOrder(db, productId, { email: "axb@shopfront.test" });
    expect(ids(await admin.caller.admin.orders.list({ customerEmail: "a_b" }))).toEqual([underscored.orderId]);
    expect((await admin.caller.admin.orders.list({ customerEmail: "%" })).total).toBe(0);
  });

  it.each([
    ["a date past year 9999", { from: new Date("+010000-01-01T00:00:00.000Z") }],
    ["the last date JavaScript holds", { to: new Date(8.64e15) }],
    ["the first date JavaScript holds", { from: new Date(-8.64e15) }],
    ["year 0", { to: new Date("0000-01-01T00:00:00.000Z") }],
    ["an invalid date", { from: new Date(Number.NaN) }],
    ["a NUL in the email", { customerEmail: "a\u0000" }],
    ["a lone surrogate in the email", { customerEmail: "\udfff" }],
  ])("refuses %s with BAD_REQUEST", async (_label, filter) => {
    expect((await trpcErrorOf(admin.caller.admin.orders.list(filter))).code).toBe("BAD_REQUEST");
  });

  it("pages with offsets and refuses page sizes over 100", async () => {
    for (let i = 0; i < 3; i++) await placedOrder(db, productId);
    const second = await admin.caller.admin.orders.list({ page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.items).toHaveLength(1);
    expect((await admin.caller.admin.orders.list({ pageSize: 100 })).items).toHaveLength(3);
    expect((await trpcErrorOf(admin.caller.admin.orders.list({ pageSize: 101 }))).code).toBe("BAD_REQUEST");
    expect((await trpcErrorOf(admin.caller.admin.orders.list({ page: 0 }))).code).toBe("BAD_REQUEST");
  });

  it("refuses unknown filter keys (inputs are strict)", async () => {
    const sneaky = { userId: randomUUID() } as unknown as Parameters<typeof admin.caller.admin.orders.list>[0];
    expect((await trpcErrorOf(admin.caller.admin.orders.list(sneaky))).code).toBe("BAD_REQUEST");
    const extra = { id: randomUUID(), to: "CANCELLED", status: "PAID" } as unknown as Parameters<
      typeof admin.caller.admin.orders.transition
    >[0];
    expect((await trpcErrorOf(admin.caller.admin.orders.transition(extra))).code).toBe("BAD_REQUEST");
  });

  it("shows any order with its customer, payments, timeline and the moves allowed next", async () => {
    const { orderId, user } = await paidOrder(db, productId, { quantity: 2 });
    const order = await admin.caller.admin.orders.get({ id: orderId });
    expect(order).toMatchObject({
      id: orderId,
      status: "PAID",
      customer: { id: user.id, email: user.email },
      payments: [{ provider: "testpay", status: "SUCCEEDED", amount: { amountCents: order.total.amountCents } }],
      nextStatuses: ["FULFILLING", "CANCELLED"],
      shippingAddress: { city: "Lisbon" },
    });
    expect(order.timeline.map((event) => event.status)).toEqual(["PENDING_PAYMENT", "PAID"]);
    expect((await trpcErrorOf(admin.caller.admin.orders.get({ id: randomUUID() }))).code).toBe("NOT_FOUND");
    expect((await trpcErrorOf(admin.caller.admin.orders.get({ id: "not-a-uuid" }))).code).toBe("BAD_REQUEST");
  });
});
