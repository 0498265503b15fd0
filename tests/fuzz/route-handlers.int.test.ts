// The route handlers outside tRPC, and the tRPC entry itself, against the cookie and date
// inputs that once answered 500 or never answered: each gets a clear 4xx (or is simply not
// signed in), changes nothing, and says nothing about the server's insides.
import { describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { ACCESS_COOKIE, REFRESH_COOKIE } from "../../server/auth/cookies";
import { issueAccessToken } from "../../server/auth/session.service";
import { POST as refresh } from "../../app/api/auth/refresh/route";
import { POST as signOut } from "../../app/api/auth/sign-out/route";
import { GET as auditExport } from "../../app/api/admin/audit/export/route";
import { GET as productExport } from "../../app/api/admin/products/export/route";
import { GET as trpcGet } from "../../app/api/trpc/[trpc]/route";
import { createUser } from "../factories/user.factory";
import { signedInCaller } from "../support/callers";
import { APP_ORIGIN, browserPost } from "../support/http";
import { revealsInternals } from "./internals";

// decodeURIComponent throws on each of these.
const malformedCookieValues = ["%", "%zz", "abc%", "%E0%A4%A"];
const get = (path: string, cookie?: string) =>
  new Request(`${APP_ORIGIN}${path}`, { headers: cookie ? { cookie } : {} });

async function expectCleanAnswer(response: Response, status: number) {
  const body = await response.text();
  expect({ status: response.status, revealsInternals: revealsInternals(body) }).toEqual({
    status,
    revealsInternals: false,
  });
}

describe("malformed cookies", () => {
  it.each(malformedCookieValues)("refresh answers 401 (not signed in) to the refresh cookie %j", async (value) => {
    await expectCleanAnswer(
      await refresh(browserPost("/api/auth/refresh", { cookie: `${REFRESH_COOKIE}=${value}` })),
      401,
    );
  });

  it.each(malformedCookieValues)(
    "sign-out still signs out with the cookies %j, leaving the session it can name alone",
    async (value) => {
      const shopper = await signedInCaller(db);
      const response = await signOut(
        browserPost("/api/auth/sign-out", { cookie: `${REFRESH_COOKIE}=${value}; ${ACCESS_COOKIE}=${value}` }),
      );
      await expectCleanAnswer(response, 200);
      expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${ACCESS_COOKIE}=;`))).toBe(true);
      expect((await db.session.findUniqueOrThrow({ where: { id: shopper.sessionId } })).revokedAt).toBeNull();
    },
  );

  it.each(malformedCookieValues)("the tRPC entry treats the access cookie %j as signed out", async (value) => {
    const response = await trpcGet(get("/api/trpc/auth.viewer", `${ACCESS_COOKIE}=${value}`));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ result: { data: { json: null } } });
  });

  it.each(malformedCookieValues)("the CSV exports answer 401 to the access cookie %j", async (value) => {
    await expectCleanAnswer(await auditExport(get("/api/admin/audit/export", `${ACCESS_COOKIE}=${value}`)), 401);
    await expectCleanAnswer(await productExport(get("/api/admin/products/export", `${ACCESS_COOKIE}=${value}`)), 401);
  });
});

describe("validly signed tokens naming no possible session", () => {
  it.each([
    ["session id", (userId: string) => ({ userId, sessionId: "not-a-uuid" })],
    ["user id", () => ({ userId: "not-a-uuid", sessionId: "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d" })],
  ])("are no session: a staff-only call with a non-UUID %s answers 401", async (_label, claims) => {
    const staff = await createUser(db, { role: "ADMIN" });
    const cookie = `${ACCESS_COOKIE}=${await issueAccessToken({ ...claims(staff.id), role: "ADMIN" })}`;
    expect((await trpcGet(get("/api/trpc/admin.me", cookie))).status).toBe(401);
    await expectCleanAnswer(await auditExport(get("/api/admin/audit/export", cookie)), 401);
    await expectCleanAnswer(await productExport(get("/api/admin/products/export", cookie)), 401);
  });
});

describe("audit export dates and filters", () => {
  it.each([
    "to=99999-01-01",
    "from=-271821-04-20",
    "from=0000-01-01",
    "to=%2B275760-09-13T00:00:00.000Z",
    "from=1999-12-31",
    "to=10000-01-01",
    "action=product%00create",
  ])("refuses %s with 400 instead of a broken or endless download", async (query) => {
    const staff = await signedInCaller(db, { role: "ADMIN" });
    await expectCleanAnswer(await auditExport(get(`/api/admin/audit/export?${query}`, staff.cookie)), 400);
  });

  it("still exports within the date range", async () => {
    const staff = await signedInCaller(db, { role: "ADMIN" });
    const response = await auditExport(get("/api/admin/audit/export?from=2000-01-01&to=9999-12-31", staff.cookie));
    expect(response.status).toBe(200);
    expect((await response.text()).split("\n")[0]).toBe(
      "id,createdAt,actorEmail,action,entityType,entityId,before,after,ip,userAgent,requestId",
    );
  });
});
