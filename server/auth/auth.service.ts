import "server-only";
import { env } from "../env";
import { DomainError } from "../lib/errors";
import { signAccessToken, type AccessClaims } from "./jwt";
import { verifyPassword } from "./password";
import { createSession, findActiveSessionUser, findUserForSignIn, findViewer, revokeSession } from "./auth.repo";
import type { SignInInput, Viewer } from "./auth.schema";

type RequestMeta = { ip: string | null; userAgent: string | null };

export type IssuedSession = {
  user: NonNullable<Viewer>;
  accessToken: string;
  refreshToken: string;
  sessionExpiresAt: Date;
};

export async function signIn(input: SignInInput, meta: RequestMeta): Promise<IssuedSession> {
  const user = await findUserForSignIn(input.email);
  // Always verify (against a dummy hash for unknown emails) so timing does not reveal accounts.
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.disabledAt) {
    throw new DomainError("INVALID_CREDENTIALS", "Email or password is incorrect");
  }
  const sessionExpiresAt = new Date(Date.now() + env.SESSION_MAX_AGE_DAYS * 86_400_000);
  const { sessionId, refreshToken } = await createSession({ userId: user.id, ...meta, expiresAt: sessionExpiresAt });
  const accessToken = await issueAccessToken({ userId: user.id, sessionId, role: user.role });
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
    accessToken,
    refreshToken,
    sessionExpiresAt,
  };
}

export function issueAccessToken(claims: AccessClaims): Promise<string> {
  return signAccessToken(claims, { secret: env.AUTH_SECRET, issuer: env.APP_URL, ttlSeconds: env.ACCESS_TOKEN_TTL_SECONDS });
}

export async function signOut(session: AccessClaims): Promise<void> {
  await revokeSession(session.sessionId, "SIGNED_OUT");
}

export async function getViewer(session: AccessClaims | null): Promise<Viewer> {
  if (!session) return null;
  const user = await findViewer(session.userId);
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function assertLiveAdminSession(session: AccessClaims): Promise<void> {
  const live = await findActiveSessionUser(session.sessionId, session.userId);
  if (!live) throw new DomainError("UNAUTHENTICATED", "Your session has ended; sign in again");
  if (live.user.role !== "ADMIN") throw new DomainError("FORBIDDEN", "Staff only");
}
