import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";

const sessionUserSelect = { id: true, email: true, name: true, role: true, disabledAt: true } as const;

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { ...sessionUserSelect, passwordHash: true },
  });
}

// Creates a session (a refresh-token family) and its first refresh token.
export async function createSession(input: { userId: string; userAgent: string | null; ip: string | null; expiresAt: Date }) {
  const refreshToken = randomBytes(32).toString("base64url");
  const session = await db.session.create({
    data: {
      userId: input.userId,
      userAgent: input.userAgent?.slice(0, 512) ?? null,
      ip: input.ip,
      expiresAt: input.expiresAt,
      refreshTokens: { create: { tokenHash: sha256Hex(refreshToken) } },
    },
    select: { id: true },
  });
  return { sessionId: session.id, refreshToken };
}

export async function revokeSession(sessionId: string, reason: string): Promise<void> {
  await db.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
}

// The live-session check used where revocation must take effect at once (admin, money).
export function findActiveSessionUser(sessionId: string, userId: string) {
  return db.session.findFirst({
    where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } },
    select: { user: { select: sessionUserSelect } },
  });
}

export function findViewer(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: sessionUserSelect });
}
