// Sessions are refresh-token families: one row per signed-in device, with the hashes of
// every refresh token it has been given.
import "server-only";
import { db, type DbTransaction } from "../db";
import { Prisma } from "../generated/prisma/client";
import { queryRowsOnPool } from "../prisma-factory";
import { type Viewer, viewerSelect } from "./auth.repo";
import { newOpaqueToken, sha256Hex } from "./opaque-token";

export async function createSession(input: {
  userId: string;
  userAgent: string | null;
  ip: string | null;
  expiresAt: Date;
}) {
  const refreshToken = newOpaqueToken();
  const session = await db.session.create({
    data: {
      userId: input.userId,
      userAgent: input.userAgent?.slice(0, 512) ?? null,
      ip: input.ip,
      expiresAt: input.expiresAt,
      refreshTokens: { create: { tokenHash: sha256Hex(refreshToken) } },
    },
    select: { id: true, expiresAt: true },
  });
  return { sessionId: session.id, expiresAt: session.expiresAt, refreshToken };
}

export function findRefreshToken(token: string) {
  return db.refreshToken.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: {
      id: true,
      rotatedAt: true,
      session: { select: { id: true, expiresAt: true, revokedAt: true, user: { select: viewerSelect } } },
    },
  });
}

async function addRefreshToken(tx: DbTransaction, sessionId: string, ip: string | null) {
  const token = newOpaqueToken();
  await tx.refreshToken.create({ data: { sessionId, tokenHash: sha256Hex(token) } });
  await tx.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(), ...(ip ? { ip } : {}) } });
  return token;
}

// Marks the token rotated and adds its successor, as one conditional update: of two
// concurrent rotations of the same token exactly one wins (the other gets null).
export function rotateRefreshToken(input: { tokenId: string; sessionId: string; ip: string | null }) {
  return db.$transaction(async (tx) => {
    const marked = await tx.refreshToken.updateMany({
      where: { id: input.tokenId, rotatedAt: null },
      data: { rotatedAt: new Date() },
    });
    return marked.count === 1 ? addRefreshToken(tx, input.sessionId, input.ip) : null;
  });
}

// A second token for the same family, for the loser of a rotation race inside the grace window.
export function addSiblingRefreshToken(input: { sessionId: string; ip: string | null }) {
  return db.$transaction((tx) => addRefreshToken(tx, input.sessionId, input.ip));
}

// Both return the ids they revoked, for the Redis markers (session.service.ts).
export async function revokeSession(
  sessionId: string,
  reason: string,
  userId?: string,
  tx: DbTransaction | typeof db = db,
): Promise<string[]> {
  const revoked = await tx.session.updateManyAndReturn({
    where: { id: sessionId, revokedAt: null, ...(userId ? { userId } : {}) },
    data: { revokedAt: new Date(), revokedReason: reason },
    select: { id: true },
  });
  return revoked.map((row) => row.id);
}

export async function revokeAllSessions(
  userId: string,
  reason: string,
  exceptSessionId?: string,
  tx: DbTransaction | typeof db = db,
): Promise<string[]> {
  const revoked = await tx.session.updateManyAndReturn({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: new Date(), revokedReason: reason },
    select: { id: true },
  });
  return revoked.map((row) => row.id);
}

const activeSessionsOf = (userId: string) => ({ userId, revokedAt: null, expiresAt: { gt: new Date() } });

export function countActiveSessions(userId: string) {
  return db.session.count({ where: activeSessionsOf(userId) });
}

export function listActiveSessions(userId: string) {
  return db.session.findMany({
    where: activeSessionsOf(userId),
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
  });
}

// The live-session check used where revocation must take effect at once (admin, money): the
// user, if this session of theirs is live. One statement, sent straight to the pool (decision
// 046): it runs before every checkout and every staff call. Held equal to Prisma's own query by
// session-check.int.test.ts.
export async function findActiveSessionUser(sessionId: string, userId: string): Promise<Viewer | null> {
  const rows = await queryRowsOnPool<Viewer>(
    db,
    Prisma.sql`
      SELECT id, email, name, role, "disabledAt", "emailVerifiedAt" FROM users
      WHERE id = ${userId}::uuid AND "disabledAt" IS NULL AND EXISTS (
        SELECT 1 FROM sessions WHERE sessions."userId" = users.id AND sessions.id = ${sessionId}::uuid
          AND sessions."revokedAt" IS NULL AND sessions."expiresAt" > ${new Date()})`,
  );
  return rows[0] ?? null;
}
