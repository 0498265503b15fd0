// Revocation takes effect at once on every kind of procedure, for every way a session ends:
// through the Redis markers (no database read), and through the database when Redis is down.
import { once } from "node:events";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { redis } from "../redis";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";
import { browserPost } from "../../tests/support/http";
import { queryCount } from "../../tests/support/query-counter";
import { runDueJobs, tokenFrom } from "../../tests/support/jobs";
import { POST as signOut } from "../../app/api/auth/sign-out/route";
import { createContextFromHeaders } from "../trpc/context";
import { REVOCATIONS_SINCE_KEY } from "./session-revocation";

type Victim = Awaited<ReturnType<typeof signedInCaller>>;

// Every way a session ends, each given the victim (the session that must stop working).
// `prepare` runs before the outage of the Redis-down case (a reset link needs Redis's limits).
type RevocationPath = {
  prepare?: (victim: Victim) => Promise<string>;
  revoke: (victim: Victim, prepared: string) => Promise<unknown>;
};
const revocationPaths: Record<string, RevocationPath> = {
  "sign-out": { revoke: (victim) => signOut(browserPost("/api/auth/sign-out", { cookie: victim.cookie })) },
  "sign out everywhere (from another device)": {
    revoke: async (victim) => (await otherDevice(victim)).account.signOutEverywhere(),
  },
  "end this session (from another device)": {
    revoke: async (victim) => (await otherDevice(victim)).account.revokeSession({ id: victim.sessionId }),
  },
  "end other sessions": { revoke: async (victim) => (await otherDevice(victim)).account.revokeOtherSessions() },
  "password change (from another device)": {
    revoke: async (victim) =>
      (await otherDevice(victim)).account.changePassword({
        currentPassword: "pass-victim-long-enough",
        newPassword: "brand-new-lighthouse-password-3",
      }),
  },
  "password reset": {
    prepare: async (victim) => {
      const { caller } = await anonymousCaller();
      await caller.auth.requestPasswordReset({ email: victim.user.email });
      return tokenFrom(
        (await runDueJobs()).findLast((mail) => mail.to[0] === victim.user.email),
        "/reset-password",
      );
    },
    revoke: async (_victim, token) =>
      (await anonymousCaller()).caller.auth.resetPassword({ token, password: "brand-new-lighthouse-password-3" }),
  },
  "account disabled by staff": {
    revoke: async (victim) => {
      const staff = await signedInCaller(db, { role: "ADMIN" });
      await staff.caller.admin.customers.setDisabled({ id: victim.user.id, disabled: true });
    },
  },
};

// A second signed-in device of the victim's own account.
async function otherDevice(victim: Victim) {
  const { createSession } = await import("./session.repo");
  const { issueAccessToken } = await import("./session.service");
  const { ACCESS_COOKIE } = await import("./cookies");
  const { sessionId } = await createSession({
    userId: victim.user.id,
    userAgent: "other",
    ip: null,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  const token = await issueAccessToken({ userId: victim.user.id, sessionId, role: "USER" });
  return (await anonymousCaller({ cookie: `${ACCESS_COOKIE}=${token}` })).caller;
}

let product: { id: string };
beforeEach(async () => {
  product = await createProduct(db, (await createCategory(db)).id, { stock: 50 });
});

async function newVictim(): Promise<Victim> {
  const victim = await signedInCaller(db, { password: "pass-victim-long-enough" });
  await victim.caller.cart.addItem({ productId: product.id, quantity: 1 });
  return victim;
}

// Each kind of procedure: public ones that read the session, customer queries and mutations.
// Every call is a new request with the victim's still-unexpired access token, as a browser's would be.
async function expectSignedOut(victim: Victim) {
  const request = async () => (await anonymousCaller({ cookie: victim.cookie })).caller;
  expect(await (await request()).auth.viewer()).toBeNull();
  expect((await (await request()).cart.get()).itemCount).toBe(0);
  for (const call of [
    async () => (await request()).account.get(),
    async () => (await request()).account.listSessions(),
    async () => (await request()).order.list({}),
  ]) {
    await expect(call()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  }
  await expect((await request()).account.updateProfile({ name: "Taken Over" })).rejects.toMatchObject({
    code: "UNAUTHORIZED",
  });
  await (await request()).cart.addItem({ productId: product.id, quantity: 2 });
  // Neither mutation reached the account.
  expect(await db.user.findUniqueOrThrow({ where: { id: victim.user.id }, select: { name: true } })).not.toEqual({
    name: "Taken Over",
  });
  expect(
    await db.cartItem.findMany({ where: { cart: { userId: victim.user.id } }, select: { quantity: true } }),
  ).toEqual([{ quantity: 1 }]);
}

// Redis has held markers for longer than an access token lives: a missing marker is trusted.
const trustRedis = () => redis!.set(REVOCATIONS_SINCE_KEY, String(Date.now() - 86_400_000));

async function redisDown() {
  const ended = once(redis!, "end");
  redis!.disconnect();
  await ended;
}
afterEach(async () => {
  if (redis!.status === "end") await redis!.connect();
});

describe.each(Object.entries(revocationPaths))("after %s", (_name, path) => {
  it("every procedure kind treats the session as gone at once (Redis markers)", async () => {
    await trustRedis();
    const victim = await newVictim();
    const prepared = (await path.prepare?.(victim)) ?? "";
    expect(await victim.caller.auth.viewer()).not.toBeNull();
    await path.revoke(victim, prepared);
    await expectSignedOut(victim);
  });

  it("with Redis down, the database decides: still gone at once", async () => {
    const victim = await newVictim();
    const prepared = (await path.prepare?.(victim)) ?? "";
    await redisDown();
    await path.revoke(victim, prepared);
    await expectSignedOut(victim);
  });
});

describe("revocation markers", () => {
  it("a live session costs no database read to check once Redis is trusted; a revoked one is refused", async () => {
    await trustRedis();
    const victim = await newVictim();
    const headers = new Headers({ cookie: victim.cookie });
    expect(await queryCount(() => createContextFromHeaders(headers, null))).toBe(0);
    expect((await createContextFromHeaders(headers, null)).session).not.toBeNull();
    await victim.caller.account.signOutEverywhere();
    expect((await createContextFromHeaders(headers, null)).session).toBeNull();
  });

  it("does not trust a missing marker while Redis may have lost markers (no 'since' yet, or too recent)", async () => {
    const victim = await newVictim();
    await db.session.update({ where: { id: victim.sessionId }, data: { revokedAt: new Date() } });
    // As if Redis restarted empty: no since key; the database is asked and says revoked.
    expect((await createContextFromHeaders(new Headers({ cookie: victim.cookie }), null)).session).toBeNull();
    expect(Number(await redis!.get(REVOCATIONS_SINCE_KEY))).toBeGreaterThan(Date.now() - 60_000);
    // Recently started: still the database.
    expect((await createContextFromHeaders(new Headers({ cookie: victim.cookie }), null)).session).toBeNull();
  });

  it("a revocation made while Redis was down reaches Redis through the outbox job", async () => {
    const victim = await newVictim();
    await redisDown();
    await victim.caller.account.signOutEverywhere();
    await redis!.connect();
    await trustRedis();
    await runDueJobs();
    const headers = new Headers({ cookie: victim.cookie });
    expect(
      await queryCount(async () => expect((await createContextFromHeaders(headers, null)).session).toBeNull()),
    ).toBe(0);
  });
});
