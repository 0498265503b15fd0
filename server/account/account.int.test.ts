// The shopper's own account: each refusal carries its own code, and an account whose row is
// gone (its access token outlived it) is a clear 401, never a server error.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { signedInCaller } from "../../tests/support/callers";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";

describe("account", () => {
  it("answers ACCOUNT_NOT_FOUND (401) to a profile update for an account deleted meanwhile", async () => {
    const shopper = await signedInCaller(db, { name: "Sam" });
    await db.user.delete({ where: { id: shopper.user.id } });
    const error = await trpcErrorOf(shopper.caller.account.updateProfile({ name: "Samantha" }));
    expect([error.code, domainCodeOf(error)]).toEqual(["UNAUTHORIZED", "ACCOUNT_NOT_FOUND"]);
    expect(await db.user.count()).toBe(0);
  });

  it("answers SESSION_NOT_FOUND for a session that is not the shopper's own, and ends nothing", async () => {
    const shopper = await signedInCaller(db);
    const other = await signedInCaller(db);
    for (const id of [other.sessionId, randomUUID()]) {
      const error = await trpcErrorOf(shopper.caller.account.revokeSession({ id }));
      expect([error.code, domainCodeOf(error)]).toEqual(["NOT_FOUND", "SESSION_NOT_FOUND"]);
    }
    expect(await db.session.count({ where: { revokedAt: null } })).toBe(2);
  });

  it("answers EMAIL_ALREADY_VERIFIED (409) to a new verification link for a confirmed address", async () => {
    const shopper = await signedInCaller(db, { verified: true });
    const error = await trpcErrorOf(shopper.caller.account.resendVerification());
    expect([error.code, domainCodeOf(error)]).toEqual(["CONFLICT", "EMAIL_ALREADY_VERIFIED"]);
  });
});
