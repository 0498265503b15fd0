import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { env } from "../env";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { capturedEmails, runDueJobs } from "../../tests/support/jobs";
import { paidOrder, placedOrder } from "../../tests/support/orders";

const staffHeaders = { "user-agent": "Staff browser", "x-request-id": "req-orders-1", "x-real-ip": "203.0.113.7" };
let productId: string;
let admin: Awaited<ReturnType<typeof signedInCaller>>;

beforeAll(() => {
  env.TRUSTED_PROXY_IP_HEADER = "x-real-ip";
});
afterAll(() => {
  env.TRUSTED_PROXY_IP_HEADER = undefined;
});

beforeEach(async () => {
  productId = (await createProduct(db, (await createCategory(db)).id, { stock: 10, priceCents: 3000 })).id;
  admin = await signedInCaller(db, { role: "ADMIN" }, staffHeaders);
});

const stock = async () => (await db.product.findUniqueOrThrow({ where: { id: productId } })).stock;
const mailsAbout = (subject: string) => capturedEmails().filter((mail) => mail.subject.includes(subject));

// Everything a transition may touch, to show that a refused or failed one touched nothing.
async function footprint(orderId: string) {
  const [order, payments, events, audits, [jobs]] = await Promise.all([
    db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, cancelledAt: true } }),
    db.payment.findMany({ where: { orderId }, select: { status: true } }),
    db.orderEvent.count({ where: { orderId } }),
    db.auditLog.count(),
    db.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM graphile_worker._private_jobs`,
  ]);
  return { order, payments, events, audits, jobs: jobs?.count, stock: await stock() };
}

describe("admin order transitions", () => {
  it("moves a paid order to shipped, emails the customer exactly once and audits each step", async () => {
    const { orderId, user } = await paidOrder(db, productId, { quantity: 2 });
    await admin.caller.admin.orders.transition({ id: orderId, to: "FULFILLING" });
    const shipped = await admin.caller.admin.orders.transition({ id: orderId, to: "SHIPPED", note: "Tracking: 1Z999" });
    expect(shipped).toMatchObject({ status: "SHIPPED", nextStatuses: ["DELIVERED", "REFUNDED"] });
    expect(shipped.timeline.map((event) => event.status)).toEqual(["PENDING_PAYMENT", "PAID", "FULFILLING", "SHIPPED"]);
    await runDueJobs();
    await runDueJobs();
    const mails = mailsAbout("is on its way");
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: [user.email] });
    expect(mails[0]?.text).toContain("Tracking: 1Z999");
    // The address as the Portuguese post reads it: postal code before the town.
    expect(mails[0]?.text).toMatch(/Ana Shopper\s+1 Market Street\s+1100-148 Lisbon\s+Portugal/);
    expect(mails[0]?.html).toContain(`/account/orders/${orderId}`);

    const audit = await db.auditLog.findMany({ where: { entityId: orderId }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.before, (entry.after as { status: string }).status])).toEqual([
      ["order.transition", { status: "PAID" }, "FULFILLING"],
      ["order.transition", { status: "FULFILLING" }, "SHIPPED"],
    ]);
    expect(audit[1]).toMatchObject({
      actorId: admin.user.id,
      entityType: "order",
      ip: "203.0.113.7",
      userAgent: "Staff browser",
      requestId: "req-orders-1",
    });
  });

  it("refuses a move the state machine does not allow, changing nothing at all", async () => {
    const { orderId } = await paidOrder(db, productId);
    const before = await footprint(orderId);
    for (const to of ["DELIVERED", "SHIPPED", "REFUNDED", "PAID", "PENDING_PAYMENT"] as const) {
      const error = await trpcErrorOf(
        admin.caller.admin.orders.transition({ id: orderId, to, note: "should not stick" }),
      );
      expect([error.code, domainCodeOf(error)]).toEqual(["CONFLICT", "INVALID_ORDER_TRANSITION"]);
    }
    expect(await footprint(orderId)).toEqual(before);
    const missing = await trpcErrorOf(admin.caller.admin.orders.transition({ id: randomUUID(), to: "SHIPPED" }));
    expect([missing.code, domainCodeOf(missing)]).toEqual(["NOT_FOUND", "ORDER_NOT_FOUND"]);
  });

  it("cancels a paid order: stock back, payment marked refunded by staff, customer told", async () => {
    const { orderId } = await paidOrder(db, productId, { quantity: 3 });
    expect(await stock()).toBe(7);
    const cancelled = await admin.caller.admin.orders.transition({ id: orderId, to: "CANCELLED" });
    expect(cancelled).toMatchObject({ status: "CANCELLED", nextStatuses: [], payments: [{ status: "REFUNDED" }] });
    expect(cancelled.timeline.at(-1)?.note).toBe("Cancelled by the shop · refund recorded by staff");
    expect(await stock()).toBe(10);
    const [entry] = await db.auditLog.findMany({ where: { entityId: orderId } });
    expect(entry?.after).toMatchObject({ status: "CANCELLED", restocked: true, paymentsRefunded: 1 });
    await runDueJobs();
    expect(mailsAbout("was cancelled").map((mail) => mail.text)).toEqual([expect.stringContaining("refunded")]);
  });

  it("cancels an unpaid order: stock back, nothing to refund, the customer hears they were not charged", async () => {
    const { orderId } = await placedOrder(db, productId, { quantity: 4 });
    const cancelled = await admin.caller.admin.orders.transition({
      id: orderId,
      to: "CANCELLED",
      note: "Customer asked by phone",
    });
    expect(cancelled).toMatchObject({ status: "CANCELLED", payments: [] });
    expect(cancelled.timeline.at(-1)?.note).toBe("Customer asked by phone");
    expect(await stock()).toBe(10);
    await runDueJobs();
    expect(mailsAbout("was cancelled").map((mail) => mail.text)).toEqual([expect.stringContaining("not charged")]);
  });

  it("refunds a shipped order without restocking (returns are counted back in by a stock adjustment)", async () => {
    const { orderId } = await paidOrder(db, productId, { quantity: 2 });
    await admin.caller.admin.orders.transition({ id: orderId, to: "FULFILLING" });
    await admin.caller.admin.orders.transition({ id: orderId, to: "SHIPPED" });
    await admin.caller.admin.orders.transition({ id: orderId, to: "DELIVERED" });
    const refunded = await admin.caller.admin.orders.transition({
      id: orderId,
      to: "REFUNDED",
      note: "Arrived broken",
    });
    expect(refunded).toMatchObject({ status: "REFUNDED", nextStatuses: [], payments: [{ status: "REFUNDED" }] });
    expect(refunded.timeline.at(-1)?.note).toBe("Arrived broken · refund recorded by staff");
    expect(await stock()).toBe(8);
  });

  it("rolls back every effect when any step of the transaction fails", async () => {
    const { orderId } = await paidOrder(db, productId, { quantity: 3 });
    const before = await footprint(orderId);
    // The audit insert is the last write of a transition; make the database refuse it.
    await db.$executeRawUnsafe(
      `CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_logs FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
    );
    try {
      expect((await trpcErrorOf(admin.caller.admin.orders.transition({ id: orderId, to: "CANCELLED" }))).code).toBe(
        "INTERNAL_SERVER_ERROR",
      );
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_audit ON audit_logs`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_audit()`);
    }
    expect(await footprint(orderId)).toEqual(before);
  });

  // Two staff pressing "Start packing" together. (Cancel vs. start packing is no race test:
  // PAID → FULFILLING → CANCELLED is allowed, so both may win in that order.)
  it("lets only one of two concurrent moves win", async () => {
    const { orderId } = await paidOrder(db, productId);
    const results = await Promise.allSettled(
      [1, 2].map(() => admin.caller.admin.orders.transition({ id: orderId, to: "FULFILLING" })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.orderEvent.count({ where: { orderId } })).toBe(3);
    expect(await db.auditLog.count({ where: { entityId: orderId } })).toBe(1);
  });

  it("restocks once and emails once when two staff cancel the same order at the same moment", async () => {
    const { orderId } = await paidOrder(db, productId, { quantity: 3 });
    const results = await Promise.allSettled(
      [1, 2].map(() => admin.caller.admin.orders.transition({ id: orderId, to: "CANCELLED" })),
    );
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const loser = results.find((result) => result.status === "rejected");
    expect(domainCodeOf(loser?.reason)).toBe("INVALID_ORDER_TRANSITION");
    expect(await stock()).toBe(10);
    await runDueJobs();
    expect(mailsAbout("was cancelled")).toHaveLength(1);
  });
});
