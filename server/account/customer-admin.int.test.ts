import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createSession } from "../auth/session.repo";
import { refreshSession } from "../auth/session.service";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { paidOrder, testAddress } from "../../tests/support/orders";

const inADay = () => new Date(Date.now() + 86_400_000);

describe("admin customers", () => {
  it("lists and searches accounts with their order counts, page size capped", async () => {
    const admin = await signedInCaller(db, { role: "ADMIN", name: "Ada Admin" });
    await signedInCaller(db, { email: "sam@shopfront.test", name: "Sam Shopper" });
    await signedInCaller(db, { email: "kim@shopfront.test", name: "Kim Buyer" });
    expect((await admin.caller.admin.customers.list({})).total).toBe(3);
    expect((await admin.caller.admin.customers.list({ q: "SAM" })).items.map((c) => c.email)).toEqual([
      "sam@shopfront.test",
    ]);
    expect((await admin.caller.admin.customers.list({ q: "buyer" })).items.map((c) => c.email)).toEqual([
      "kim@shopfront.test",
    ]);
    expect((await admin.caller.admin.customers.list({ role: "ADMIN" })).items.map((c) => c.name)).toEqual([
      "Ada Admin",
    ]);
    const second = await admin.caller.admin.customers.list({ page: 2, pageSize: 2 });
    expect([second.total, second.items.length]).toEqual([3, 1]);
    expect((await trpcErrorOf(admin.caller.admin.customers.list({ pageSize: 101 }))).code).toBe("BAD_REQUEST");
  });

  it("searches for % and _ as typed, and refuses text the database cannot store", async () => {
    const admin = await signedInCaller(db, { role: "ADMIN", name: "Ada Admin" });
    await signedInCaller(db, { email: "kim_lee@shopfront.test", name: "Kim 100% Lee" });
    await signedInCaller(db, { email: "kimxlee@shopfront.test", name: "Kim 1000 Lee" });
    const emails = async (q: string) => (await admin.caller.admin.customers.list({ q })).items.map((c) => c.email);
    expect(await emails("m_l")).toEqual(["kim_lee@shopfront.test"]);
    expect(await emails("100%")).toEqual(["kim_lee@shopfront.test"]);
    for (const q of ["kim\u0000", "\ud800"])
      expect((await trpcErrorOf(admin.caller.admin.customers.list({ q }))).code).toBe("BAD_REQUEST");
  });

  it("shows a customer with their orders, newest first", async () => {
    const admin = await signedInCaller(db, { role: "ADMIN" });
    const productId = (await createProduct(db, (await createCategory(db)).id, { stock: 5 })).id;
    const buyer = await paidOrder(db, productId, { email: "buyer@shopfront.test" });
    await buyer.caller.cart.addItem({ productId });
    const { orderId: laterId } = await buyer.caller.checkout.placeOrder({
      idempotencyKey: randomUUID(),
      shippingAddress: testAddress,
    });
    const customer = await admin.caller.admin.customers.get({ id: buyer.user.id });
    expect(customer).toMatchObject({
      email: "buyer@shopfront.test",
      role: "USER",
      disabledAt: null,
      emailVerified: true,
      activeSessions: 1,
      orderCount: 2,
    });
    expect(customer.orders.map((order) => [order.id, order.status])).toEqual([
      [laterId, "PENDING_PAYMENT"],
      [buyer.orderId, "PAID"],
    ]);
    const missing = await trpcErrorOf(admin.caller.admin.customers.get({ id: randomUUID() }));
    expect([missing.code, domainCodeOf(missing)]).toEqual(["NOT_FOUND", "CUSTOMER_NOT_FOUND"]);
  });

  it("changes another account's role, audited, effective at once; never one's own", async () => {
    const admin = await signedInCaller(
      db,
      { role: "ADMIN" },
      { "user-agent": "Staff browser", "x-request-id": "req-role-1" },
    );
    const colleague = await signedInCaller(db, { role: "ADMIN" });
    expect((await colleague.caller.admin.overview()).orders).toBe(0);

    const demoted = await admin.caller.admin.customers.changeRole({ id: colleague.user.id, role: "USER" });
    expect(demoted.role).toBe("USER");
    // Their access token still says ADMIN; the database says otherwise, and wins.
    expect((await trpcErrorOf(colleague.caller.admin.overview())).code).toBe("FORBIDDEN");
    const [entry] = await db.auditLog.findMany({ where: { entityId: colleague.user.id } });
    expect(entry).toMatchObject({
      action: "user.changeRole",
      entityType: "user",
      actorId: admin.user.id,
      before: { role: "ADMIN" },
      after: { role: "USER" },
      userAgent: "Staff browser",
      requestId: "req-role-1",
    });

    const own = await trpcErrorOf(admin.caller.admin.customers.changeRole({ id: admin.user.id, role: "USER" }));
    expect(domainCodeOf(own)).toBe("CANNOT_CHANGE_OWN_ACCOUNT");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.user.id } })).role).toBe("ADMIN");
    const missing = await trpcErrorOf(admin.caller.admin.customers.changeRole({ id: randomUUID(), role: "ADMIN" }));
    expect([missing.code, domainCodeOf(missing)]).toEqual(["NOT_FOUND", "CUSTOMER_NOT_FOUND"]);
    // Strict input: nothing but the role can be written through this door.
    const sneaky = { id: colleague.user.id, role: "USER", disabledAt: null } as unknown as Parameters<
      typeof admin.caller.admin.customers.changeRole
    >[0];
    expect((await trpcErrorOf(admin.caller.admin.customers.changeRole(sneaky))).code).toBe("BAD_REQUEST");
    expect(await db.auditLog.count()).toBe(1);
  });

  it("disabling ends every session of the account at once; enabling lets them sign in again", async () => {
    const admin = await signedInCaller(db, { role: "ADMIN" });
    const shopper = await signedInCaller(db);
    const phone = await createSession({ userId: shopper.user.id, userAgent: "phone", ip: null, expiresAt: inADay() });
    expect((await admin.caller.admin.customers.get({ id: shopper.user.id })).activeSessions).toBe(2);

    const disabled = await admin.caller.admin.customers.setDisabled({ id: shopper.user.id, disabled: true });
    expect(disabled).toMatchObject({ activeSessions: 0, disabledAt: expect.any(Date) });
    expect(await db.session.count({ where: { userId: shopper.user.id, revokedAt: null } })).toBe(0);
    // A call that checks the session in the database is refused straight away…
    expect((await trpcErrorOf(shopper.caller.order.cancel({ id: randomUUID() }))).code).toBe("UNAUTHORIZED");
    // …no device can get a new access token…
    await expect(refreshSession(phone.refreshToken, { ip: null, userAgent: "phone" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    // …and signing in again is refused.
    const { signIn } = await import("../auth/auth.service");
    await expect(
      signIn({ email: shopper.user.email, password: shopper.user.password }, { ip: null, userAgent: null }),
    ).rejects.toMatchObject({ code: "ACCOUNT_DISABLED" });

    await admin.caller.admin.customers.setDisabled({ id: shopper.user.id, disabled: false });
    const audit = await db.auditLog.findMany({ where: { entityId: shopper.user.id }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.after])).toEqual([
      ["user.disable", { disabledAt: expect.any(String), endedSessions: 2 }],
      ["user.enable", { disabledAt: null, endedSessions: 0 }],
    ]);
    await expect(
      signIn({ email: shopper.user.email, password: shopper.user.password }, { ip: null, userAgent: null }),
    ).resolves.toBeTruthy();
    expect(
      domainCodeOf(await trpcErrorOf(admin.caller.admin.customers.setDisabled({ id: admin.user.id, disabled: true }))),
    ).toBe("CANNOT_CHANGE_OWN_ACCOUNT");
  });

  it("a disabled staff member loses the dashboard on their very next call", async () => {
    const admin = await signedInCaller(db, { role: "ADMIN" });
    const colleague = await signedInCaller(db, { role: "ADMIN" });
    expect((await colleague.caller.admin.customers.list({})).total).toBe(2);
    await admin.caller.admin.customers.setDisabled({ id: colleague.user.id, disabled: true });
    expect((await trpcErrorOf(colleague.caller.admin.customers.list({}))).code).toBe("UNAUTHORIZED");
    expect((await trpcErrorOf(colleague.caller.admin.orders.list({}))).code).toBe("UNAUTHORIZED");
  });
});
