import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createUser } from "../../tests/factories/user.factory";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("auth.signIn", () => {
  it("signs in with the right password, sets httpOnly cookies and records a session", async () => {
    const user = await createUser(db, { email: "ana@shopfront.test" });
    const { caller, resHeaders } = await anonymousCaller({ "user-agent": "Firefox" });
    const result = await caller.auth.signIn({ email: "  ANA@shopfront.test ", password: user.password });
    expect(result.user).toMatchObject({ id: user.id, email: "ana@shopfront.test", role: "USER" });
    const cookies = resHeaders.getSetCookie();
    expect(cookies.find((c) => c.startsWith("sf_access="))).toMatch(/Path=\/; SameSite=Lax; Max-Age=600; HttpOnly/);
    expect(cookies.find((c) => c.startsWith("sf_refresh="))).toMatch(
      /Path=\/api\/auth; SameSite=Lax; Max-Age=\d+; HttpOnly/,
    );
    expect(cookies.find((c) => c.startsWith("sf_signed_in="))).toBe(
      cookies.find((c) => c.startsWith("sf_signed_in="))?.replace("; HttpOnly", ""),
    );
    const sessions = await db.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.userAgent).toBe("Firefox");
  });

  it("stores the refresh token only as a hash", async () => {
    const user = await createUser(db);
    const { caller, resHeaders } = await anonymousCaller();
    await caller.auth.signIn({ email: user.email, password: user.password });
    const refreshCookie = resHeaders.getSetCookie().find((cookie) => cookie.startsWith("sf_refresh="));
    const token = refreshCookie?.split(";")[0]?.split("=")[1] ?? "";
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
    const stored = await db.refreshToken.findMany({ select: { tokenHash: true } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toContain(token);
    expect(stored[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await createUser(db);
    const { caller } = await anonymousCaller();
    const wrongPassword = await errorOf(caller.auth.signIn({ email: user.email, password: "not-the-password" }));
    const unknownEmail = await errorOf(
      caller.auth.signIn({ email: "nobody@shopfront.test", password: "not-the-password" }),
    );
    for (const error of [wrongPassword, unknownEmail]) {
      expect(error.code).toBe("UNAUTHORIZED");
      expect(error.cause).toMatchObject({ code: "INVALID_CREDENTIALS" });
    }
    expect(wrongPassword.message).toBe(unknownEmail.message);
    expect(await db.session.count()).toBe(0);
  });

  it("tells a disabled account it is disabled, but only once the password is right", async () => {
    const user = await createUser(db);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const { caller } = await anonymousCaller();
    // A wrong password reveals nothing: the same answer as for an unknown email.
    const wrongPassword = await errorOf(caller.auth.signIn({ email: user.email, password: "not-the-password" }));
    expect(wrongPassword.code).toBe("UNAUTHORIZED");
    expect(wrongPassword.cause).toMatchObject({ code: "INVALID_CREDENTIALS" });
    const rightPassword = await errorOf(caller.auth.signIn({ email: user.email, password: user.password }));
    expect(rightPassword.code).toBe("FORBIDDEN");
    expect(rightPassword.cause).toMatchObject({ code: "ACCOUNT_DISABLED" });
    expect(rightPassword.message).toMatch(/disabled/);
    expect(await db.session.count()).toBe(0);
  });

  it.each([
    [{ email: "not-an-email", password: "whatever1" }, "email"],
    [{ email: "a@b.co", password: "" }, "password"],
    [{ email: "a@b.co", password: "x".repeat(129) }, "password"],
  ])("refuses bad input %j with field errors", async (input, field) => {
    const { caller } = await anonymousCaller();
    const error = await errorOf(caller.auth.signIn(input));
    expect(error.code).toBe("BAD_REQUEST");
    expect(await db.session.count()).toBe(0);
    expect(error.cause).toBeDefined();
    expect(JSON.stringify(error.cause)).toContain(field);
  });
});

describe("auth.viewer and signOut", () => {
  it("shows nobody to an anonymous caller", async () => {
    const { caller } = await anonymousCaller();
    expect(await caller.auth.viewer()).toBeNull();
  });

  it("shows the signed-in user", async () => {
    const { caller, user } = await signedInCaller(db);
    expect(await caller.auth.viewer()).toMatchObject({ id: user.id, email: user.email });
  });

  it("ignores a forged access cookie", async () => {
    const { caller } = await anonymousCaller({ cookie: "sf_access=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0." });
    expect(await caller.auth.viewer()).toBeNull();
  });
});

describe("admin.overview authorization", () => {
  it("refuses anonymous callers", async () => {
    const { caller } = await anonymousCaller();
    expect((await errorOf(caller.admin.overview())).code).toBe("UNAUTHORIZED");
  });

  it("refuses shoppers", async () => {
    const { caller } = await signedInCaller(db);
    expect((await errorOf(caller.admin.overview())).code).toBe("FORBIDDEN");
  });

  it("serves admins", async () => {
    const { caller } = await signedInCaller(db, { role: "ADMIN" });
    expect(await caller.admin.overview()).toMatchObject({ activeProducts: 0, orders: 0 });
  });

  it("refuses an admin whose session was revoked, while the access token is still valid", async () => {
    const { caller, sessionId } = await signedInCaller(db, { role: "ADMIN" });
    await db.session.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    expect((await errorOf(caller.admin.overview())).code).toBe("UNAUTHORIZED");
  });

  it("refuses an admin demoted after the token was issued", async () => {
    const { caller, user } = await signedInCaller(db, { role: "ADMIN" });
    await db.user.update({ where: { id: user.id }, data: { role: "USER" } });
    expect((await errorOf(caller.admin.overview())).code).toBe("FORBIDDEN");
  });
});
