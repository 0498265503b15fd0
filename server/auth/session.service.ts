// Session lifecycle: start on sign-in, rotate the refresh token on every refresh, revoke.
// Reusing a rotated refresh token outside a short grace window is treated as theft and
// revokes the whole family (session); inside the window (two tabs refreshing at once) the
// late request gets a sibling token and both tabs stay signed in.
import "server-only";
import { db, type DbTransaction } from "../db";
import { env } from "../env";
import { enqueueJob } from "../jobs/enqueue";
import { DomainError } from "../lib/errors";
import { logger } from "../lib/logger";
import type { IssuedCookies } from "./cookies";
import { signAccessToken, type AccessClaims, type Role } from "./jwt";
import { markSessionsRevoked, revocationStatus } from "./session-revocation";
import * as sessionRepo from "./session.repo";

export const REFRESH_REUSE_GRACE_MS = 30_000;

type RequestMeta = { ip: string | null; userAgent: string | null };
type SessionUser = { id: string; role: Role };

export function issueAccessToken(claims: AccessClaims): Promise<string> {
  return signAccessToken(claims, {
    secret: env.AUTH_SECRET,
    issuer: env.APP_URL,
    ttlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
  });
}

async function issue(
  user: SessionUser,
  sessionId: string,
  refreshToken: string,
  sessionExpiresAt: Date,
): Promise<IssuedCookies> {
  const accessToken = await issueAccessToken({ userId: user.id, sessionId, role: user.role });
  return { accessToken, accessTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS, refreshToken, sessionExpiresAt };
}

export async function startSession(
  user: SessionUser,
  meta: RequestMeta,
): Promise<IssuedCookies & { sessionId: string }> {
  const expiresAt = new Date(Date.now() + env.SESSION_MAX_AGE_DAYS * 86_400_000);
  const session = await sessionRepo.createSession({ userId: user.id, ...meta, expiresAt });
  return {
    ...(await issue(user, session.sessionId, session.refreshToken, session.expiresAt)),
    sessionId: session.sessionId,
  };
}

const sessionEnded = () => new DomainError("UNAUTHENTICATED", "Your session has ended; sign in again");

export async function refreshSession(refreshToken: string, meta: RequestMeta): Promise<IssuedCookies> {
  const found = await sessionRepo.findRefreshToken(refreshToken);
  if (!found) throw sessionEnded();
  const { session } = found;
  if (session.revokedAt || session.expiresAt <= new Date() || session.user.disabledAt) throw sessionEnded();

  if (!found.rotatedAt) {
    const successor = await sessionRepo.rotateRefreshToken({ tokenId: found.id, sessionId: session.id, ip: meta.ip });
    if (successor) return issue(session.user, session.id, successor, session.expiresAt);
  }
  // Rotated already: a concurrent refresh from another tab just now, or a replay.
  const rotatedAt = found.rotatedAt ?? new Date();
  if (Date.now() - rotatedAt.getTime() <= REFRESH_REUSE_GRACE_MS) {
    const sibling = await sessionRepo.addSiblingRefreshToken({ sessionId: session.id, ip: meta.ip });
    return issue(session.user, session.id, sibling, session.expiresAt);
  }
  await endSessions((tx) => revokeOneSession(tx, session.id, "REFRESH_TOKEN_REUSE"));
  logger.warn(
    { sessionId: session.id, userId: session.user.id },
    "rotated refresh token reused; session family revoked",
  );
  throw sessionEnded();
}

// Sign-out: ends the session named by the refresh token or, failing that, the access token.
export async function endSession(input: { refreshToken?: string; session?: AccessClaims | null }): Promise<void> {
  const found = input.refreshToken ? await sessionRepo.findRefreshToken(input.refreshToken) : null;
  const sessionId = found?.session.id ?? input.session?.sessionId;
  if (sessionId) await endSessions((tx) => revokeOneSession(tx, sessionId, "SIGNED_OUT"));
}

export async function assertLiveSession(session: AccessClaims, requiredRole?: Role) {
  const user = await sessionRepo.findActiveSessionUser(session.sessionId, session.userId);
  if (!user) throw sessionEnded();
  if (requiredRole && user.role !== requiredRole) throw new DomainError("FORBIDDEN", "Staff only");
  return user;
}

export function listActiveSessions(userId: string) {
  return sessionRepo.listActiveSessions(userId);
}

export function countActiveSessions(userId: string): Promise<number> {
  return sessionRepo.countActiveSessions(userId);
}

// Revocation. The session row is the record; a Redis marker per session makes every instance
// refuse its access token at once (session-revocation.ts). The markers are written right after
// the commit, and again by an outbox job added in the same transaction, which retries until
// Redis has them (Redis briefly down, or this process gone between commit and write).
async function announceLater(tx: DbTransaction, sessionIds: string[]): Promise<string[]> {
  if (sessionIds.length > 0) await enqueueJob(tx, "mark-sessions-revoked", { sessionIds });
  return sessionIds;
}

export async function revokeUserSessions(
  tx: DbTransaction,
  userId: string,
  reason: string,
  exceptSessionId?: string,
): Promise<string[]> {
  return announceLater(tx, await sessionRepo.revokeAllSessions(userId, reason, exceptSessionId, tx));
}

// `userId` limits it to that user's own session (another user's id revokes nothing).
export async function revokeOneSession(
  tx: DbTransaction,
  sessionId: string,
  reason: string,
  userId?: string,
): Promise<string[]> {
  return announceLater(tx, await sessionRepo.revokeSession(sessionId, reason, userId, tx));
}

// Call after the revoking transaction committed. A miss is left to the outbox job.
export async function announceRevocations(sessionIds: string[]): Promise<void> {
  await markSessionsRevoked(sessionIds).catch((error: unknown) => {
    logger.warn({ err: error, sessions: sessionIds.length }, "revocation markers not written; the job will retry");
  });
}

export async function endSessions(revoke: (tx: DbTransaction) => Promise<string[]>): Promise<string[]> {
  const sessionIds = await db.$transaction(revoke);
  await announceRevocations(sessionIds);
  return sessionIds;
}

// Whether an access token's session still stands. Redis answers without a database read;
// when it cannot say (down, or it lost its data recently) the database decides. Never
// "allow" on doubt.
export async function sessionStillValid(claims: AccessClaims): Promise<boolean> {
  const status = await revocationStatus(claims.sessionId);
  if (status !== "unknown") return status === "live";
  return (await sessionRepo.findActiveSessionUser(claims.sessionId, claims.userId)) !== null;
}
