// The live-session check is raw SQL on the pool (decision 046); Prisma's own query, as it was
// written before, is the reference: the same user or none, for every state a session can be in.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createUser } from "../../tests/factories/user.factory";
import { queryCount } from "../../tests/support/query-counter";
import { viewerSelect } from "./auth.repo";
import { createSession, findActiveSessionUser } from "./session.repo";

function reference(sessionId: string, userId: string) {
  return db.user.findFirst({
    where: {
      id: userId,
      disabledAt: null,
      sessions: { some: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() } } },
    },
    select: viewerSelect,
  });
}

const HOUR = 3_600_000;

async function sessionOf(userId: string, expiresInMs = HOUR) {
  const { sessionId } = await createSession({
    userId,
    userAgent: "vitest",
    ip: null,
    expiresAt: new Date(Date.now() + expiresInMs),
  });
  return sessionId;
}

// Each case: a session id and the user id the access token claims.
const cases: Record<string, () => Promise<[sessionId: string, userId: string]>> = {
  "a live session of a verified shopper": async () => {
    const user = await createUser(db);
    return [await sessionOf(user.id), user.id];
  },
  "a live session of a shopper who has not confirmed their email": async () => {
    const user = await createUser(db, { verified: false });
    return [await sessionOf(user.id), user.id];
  },
  "a live staff session": async () => {
    const user = await createUser(db, { role: "ADMIN" });
    return [await sessionOf(user.id), user.id];
  },
  "a revoked session": async () => {
    const user = await createUser(db);
    const sessionId = await sessionOf(user.id);
    await db.session.update({ where: { id: sessionId }, data: { revokedAt: new Date(), revokedReason: "SIGNED_OUT" } });
    return [sessionId, user.id];
  },
  "an expired session": async () => {
    const user = await createUser(db);
    return [await sessionOf(user.id, -1_000), user.id];
  },
  "another user's session": async () => {
    const [user, other] = [await createUser(db), await createUser(db)];
    return [await sessionOf(other.id), user.id];
  },
  "a disabled account": async () => {
    const user = await createUser(db);
    const sessionId = await sessionOf(user.id);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    return [sessionId, user.id];
  },
  "a session that does not exist": async () => {
    const user = await createUser(db);
    return ["0196f1a2-0000-7000-8000-000000000000", user.id];
  },
};

describe("findActiveSessionUser", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.each(Object.entries(cases))("answers as Prisma's query for %s", async (_, arrange) => {
    const [sessionId, userId] = await arrange();
    for (const timeZone of ["UTC", "America/Sao_Paulo"]) {
      process.env.TZ = timeZone;
      expect(await findActiveSessionUser(sessionId, userId)).toEqual(await reference(sessionId, userId));
    }
  });

  it("finds the user of a live session, and none once it is revoked, in one statement", async () => {
    const user = await createUser(db);
    const sessionId = await sessionOf(user.id);
    let found: Awaited<ReturnType<typeof findActiveSessionUser>> = null;
    expect(await queryCount(async () => (found = await findActiveSessionUser(sessionId, user.id)))).toBe(1);
    expect(found).toMatchObject({ id: user.id, email: user.email, role: "USER" });
    await db.session.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    expect(await findActiveSessionUser(sessionId, user.id)).toBeNull();
  });
});
