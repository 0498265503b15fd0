// Refresh-token rotation, reuse detection and sign-out, through the real route handlers.
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { createUser } from "../../tests/factories/user.factory";
import { anonymousCaller } from "../../tests/support/callers";
import { browserPost, cookieValue } from "../../tests/support/http";
import { POST as refresh } from "../../app/api/auth/refresh/route";
import { POST as signOut } from "../../app/api/auth/sign-out/route";
import { REFRESH_REUSE_GRACE_MS } from "./session.service";
import { verifyAccessToken } from "./jwt";

async function signedIn() {
  const user = await createUser(db);
  const { caller, resHeaders } = await anonymousCaller();
  await caller.auth.signIn({ email: user.email, password: user.password });
  const refreshToken = cookieValue(resHeaders.getSetCookie(), "sf_refresh") ?? "";
  return { user, refreshToken };
}

const refreshWith = (token: string) => refresh(browserPost("/api/auth/refresh", { cookie: `sf_refresh=${token}` }));

afterEach(() => vi.useRealTimers());

describe("POST /api/auth/refresh", () => {
  it("rotates: a new refresh token and a valid access token for the same session", async () => {
    const { user, refreshToken } = await signedIn();
    const response = await refreshWith(refreshToken);
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    const next = cookieValue(cookies, "sf_refresh");
    expect(next).toBeTruthy();
    expect(next).not.toBe(refreshToken);
    const claims = await verifyAccessToken(cookieValue(cookies, "sf_access") ?? "", {
      secret: process.env.AUTH_SECRET ?? "",
      issuer: "http://localhost:3000",
    });
    expect(claims?.userId).toBe(user.id);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("keeps both tabs signed in when they refresh with the same token at the same moment", async () => {
    const { refreshToken } = await signedIn();
    const [first, second] = await Promise.all([refreshWith(refreshToken), refreshWith(refreshToken)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    for (const response of [first, second]) {
      expect((await refreshWith(cookieValue(response.headers.getSetCookie(), "sf_refresh") ?? "")).status).toBe(200);
    }
  });

  it("revokes the whole family when a rotated token is reused after the grace window", async () => {
    const { user, refreshToken } = await signedIn();
    const rotated = await refreshWith(refreshToken);
    const successor = cookieValue(rotated.headers.getSetCookie(), "sf_refresh") ?? "";
    await db.refreshToken.updateMany({
      where: { rotatedAt: { not: null } },
      data: { rotatedAt: new Date(Date.now() - REFRESH_REUSE_GRACE_MS - 1000) },
    });

    const replay = await refreshWith(refreshToken);
    expect(replay.status).toBe(401);
    const session = await db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.revokedReason).toBe("REFRESH_TOKEN_REUSE");
    expect((await refreshWith(successor)).status).toBe(401);
  });

  it("refuses unknown, missing and expired-session tokens and clears the cookies", async () => {
    expect((await refreshWith("not-a-real-token")).status).toBe(401);
    const missing = await refresh(browserPost("/api/auth/refresh"));
    expect(missing.status).toBe(401);
    expect(missing.headers.getSetCookie().every((cookie) => cookie.includes("Max-Age=0"))).toBe(true);
    const { refreshToken } = await signedIn();
    await db.session.updateMany({ where: { revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await refreshWith(refreshToken)).status).toBe(401);
  });

  it("refuses a disabled account", async () => {
    const { user, refreshToken } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await refreshWith(refreshToken)).status).toBe(401);
  });

  it("refuses a cross-site request with 403 and rotates nothing", async () => {
    const { refreshToken } = await signedIn();
    const response = await refresh(
      browserPost("/api/auth/refresh", {
        cookie: `sf_refresh=${refreshToken}`,
        headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      }),
    );
    expect(response.status).toBe(403);
    expect(await db.refreshToken.count({ where: { rotatedAt: { not: null } } })).toBe(0);
  });
});

describe("POST /api/auth/sign-out", () => {
  it("revokes the session on the server and clears every auth cookie", async () => {
    const { user, refreshToken } = await signedIn();
    const response = await signOut(browserPost("/api/auth/sign-out", { cookie: `sf_refresh=${refreshToken}` }));
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toHaveLength(3);
    expect(response.headers.getSetCookie().every((cookie) => cookie.includes("Max-Age=0"))).toBe(true);
    const session = await db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.revokedReason).toBe("SIGNED_OUT");
    expect((await refreshWith(refreshToken)).status).toBe(401);
  });

  it("answers a plain form post (before hydration) with a redirect home, signed out all the same", async () => {
    const { user, refreshToken } = await signedIn();
    const response = await signOut(
      browserPost("/api/auth/sign-out", {
        cookie: `sf_refresh=${refreshToken}`,
        headers: { "sec-fetch-mode": "navigate" },
      }),
    );
    expect([response.status, response.headers.get("location")]).toEqual([303, "/"]);
    expect(response.headers.getSetCookie().every((cookie) => cookie.includes("Max-Age=0"))).toBe(true);
    expect((await db.session.findFirstOrThrow({ where: { userId: user.id } })).revokedReason).toBe("SIGNED_OUT");
  });
});
