// Signed-in shopper's own account: profile, password, sessions, verification email.
import "server-only";
import { db } from "../db";
import { DomainError } from "../lib/errors";
import { enqueueVerificationEmail } from "../auth/account-email";
import { authLimits } from "../auth/auth.limits";
import { replacePassword } from "../auth/auth.service";
import type { AccessClaims } from "../auth/jwt";
import { hashPassword, verifyPassword } from "../auth/password";
import { assertAcceptablePassword } from "../auth/password-policy";
import {
  announceRevocations,
  assertLiveSession,
  endSessions,
  listActiveSessions,
  revokeOneSession,
  revokeUserSessions,
} from "../auth/session.service";
import * as accountRepo from "./account.repo";
import type { ChangePasswordInput, Profile, SessionSummary, UpdateProfileInput } from "./account.schema";
import { deviceLabel } from "./device-label";

export async function getProfile(session: AccessClaims): Promise<Profile> {
  const user = await accountRepo.findProfile(session.userId);
  if (!user) throw new DomainError("ACCOUNT_NOT_FOUND", "Your account no longer exists");
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt,
  };
}

export async function updateProfile(session: AccessClaims, input: UpdateProfileInput): Promise<Profile> {
  await accountRepo.updateName(session.userId, input.name);
  return getProfile(session);
}

// Requires the current password; ends every other session and voids outstanding email links.
export async function changePassword(session: AccessClaims, input: ChangePasswordInput): Promise<void> {
  await assertLiveSession(session);
  const user = await accountRepo.findPasswordOwner(session.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError("WRONG_PASSWORD", "Your current password is incorrect", { field: "currentPassword" });
  }
  assertAcceptablePassword(input.newPassword, user);
  const passwordHash = await hashPassword(input.newPassword);
  const revoked = await db.$transaction((tx) =>
    replacePassword(tx, user, passwordHash, "PASSWORD_CHANGED", session.sessionId),
  );
  await announceRevocations(revoked);
}

export async function listSessions(session: AccessClaims): Promise<SessionSummary[]> {
  const sessions = await listActiveSessions(session.userId);
  return sessions.map((row) => ({
    id: row.id,
    device: deviceLabel(row.userAgent),
    ip: row.ip,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    current: row.id === session.sessionId,
  }));
}

// Only the caller's own sessions: another user's id is NOT_FOUND, as if it did not exist.
export async function revokeSession(session: AccessClaims, sessionId: string): Promise<{ endedCurrent: boolean }> {
  const revoked = await endSessions((tx) => revokeOneSession(tx, sessionId, "ENDED_BY_USER", session.userId));
  if (revoked.length === 0) throw new DomainError("SESSION_NOT_FOUND", "No such active session");
  return { endedCurrent: sessionId === session.sessionId };
}

export async function revokeOtherSessions(session: AccessClaims): Promise<number> {
  return (await endSessions((tx) => revokeUserSessions(tx, session.userId, "ENDED_BY_USER", session.sessionId))).length;
}

export async function revokeAllSessions(session: AccessClaims): Promise<number> {
  return (await endSessions((tx) => revokeUserSessions(tx, session.userId, "SIGNED_OUT_EVERYWHERE"))).length;
}

export async function resendVerification(session: AccessClaims): Promise<void> {
  await authLimits.verificationByUser.consume(session.userId);
  const user = await accountRepo.findProfile(session.userId);
  if (!user) throw new DomainError("ACCOUNT_NOT_FOUND", "Your account no longer exists");
  if (user.emailVerifiedAt) throw new DomainError("EMAIL_ALREADY_VERIFIED", "Your email address is already confirmed");
  await db.$transaction((tx) => enqueueVerificationEmail(tx, user));
}
