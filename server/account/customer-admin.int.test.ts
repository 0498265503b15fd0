import { describe, expect, it } from "vitest";
import { db } from "../db";
import { signedInCaller } from "../../tests/support/callers";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";

describe("admin customers", () => {
  it("lists and searches accounts with their order counts, page size capped", async () => {
    const admin = await signedInCaller(db, { role: "ADMIN", name: "Ada Admin" });
    await signedInCaller(db, { email: "sam@shopfront.test", name: "Sam Shopper" });
    await signedInCaller(db, { email: "kim@shopfront.test", name: "Kim Buyer" });
    expect((await admin.caller.admin.customers.list({})).total).toBe(3);
    expect((await admin.caller.admin.customers.list({ q: "SAM" })).items.map((c) => c.email)).toEqual(["sam@shopfront.test"]);
    expect((await admin.caller.admin.customers.list({ q: "buyer" })).items.map((c) => c.email)).toEqual(["kim@shopfront.test"]);
    expect((await admin.caller.admin.customers.list({ role: "ADMIN" })).items.map((c) => c.name)).toEqual(["Ada Admin"]);
    expect((await trpcErrorOf(admin.caller.admin.customers.list({ pageSize: 101 }))).code).toBe("BAD_REQUEST");
  });

  it("changes another account's role, audited, effective at once; never one's own", async () => {
    const admin = await signedInCaller(db, { role: "ADMIN" });
    const colleague = await signedInCaller(db, { role: "ADMIN" });
    expect((await colleague.caller.admin.overview()).orders).toBe(0);

    const demoted = await admin.caller.admin.customers.changeRole({ id: colleague.user.id, role: "USER" });
    expect(demoted.role).toBe("USER");
    // Their access token still says ADMIN; the database says otherwise, and wins.
    expect((await trpcErrorOf(colleague.caller.admin.overview())).code).toBe("FORBIDDEN");
    const [entry] = await db.auditLog.findMany({ where: { entityId: colleague.user.id } });
    expect(entry).toMatchObject({ action: "user.changeRole", actorId: admin.user.id, before: { role: "ADMIN" }, after: { role: "USER" } });

    const own = await trpcErrorOf(admin.caller.admin.customers.changeRole({ id: admin.user.id, role: "USER" }));
    expect(domainCodeOf(own)).toBe("CANNOT_CHANGE_OWN_ACCOUNT");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.user.id } })).role).toBe("ADMIN");
  });

  it("disabling ends every session of the account at once; enabling lets them sign in again", async () => {
    const admin = await signedInCaller(db, { role: "ADMIN" });
    const shopper = await signedInCaller(db);
    const { createSession } = await import("../auth/session.repo");
    await createSession({ userId: shopper.user.id, userAgent: "phone", ip: null, expiresAt: new Date(Date.now() + 86_400_000) });
    expect((await admin.caller.admin.customers.get({ id: shopper.user.id })).activeSessions).toBe(2);

    const disabled = await admin.caller.admin.customers.setDisabled({ id: shopper.user.id, disabled: true });
    expect(disabled).toMatchObject({ activeSessions: 0, disabledAt: expect.any(Date) });
    expect(await db.session.count({ where: { userId: shopper.user.id, revokedAt: null } })).toBe(0);
    // A call that checks the session in the database is refused straight away.
    expect((await trpcErrorOf(shopper.caller.order.cancel({ id: "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d" }))).code).toBe("UNAUTHORIZED");
    const { signIn } = await import("../auth/auth.service");
    await expect(signIn({ email: shopper.user.email, password: shopper.user.password }, { ip: null, userAgent: null })).rejects.toMatchObject({ code: "INVALID_CREDENTIALS" });

    await admin.caller.admin.customers.setDisabled({ id: shopper.user.id, disabled: false });
    expect((await db.auditLog.findMany({ where: { entityId: shopper.user.id }, orderBy: { id: "asc" } })).map((e) => e.action)).toEqual(["user.disable", "user.enable"]);
    expect(domainCodeOf(await trpcErrorOf(admin.caller.admin.customers.setDisabled({ id: admin.user.id, disabled: true })))).toBe("CANNOT_CHANGE_OWN_ACCOUNT");
  });
});
