import "server-only";
import { DomainError } from "../lib/errors";
import type { IssuedCookies } from "./cookies";
import type { AccessClaims } from "./jwt";
import { verifyPassword } from "./password";
import { findUserForSignIn, findViewer } from "./auth.repo";
import type { SignInInput, Viewer } from "./auth.schema";
import { startSession } from "./session.service";

type RequestMeta = { ip: string | null; userAgent: string | null };

export async function signIn(input: SignInInput, meta: RequestMeta): Promise<IssuedCookies & { user: NonNullable<Viewer> }> {
  const user = await findUserForSignIn(input.email);
  // Always verify (against a dummy hash for unknown emails) so timing does not reveal accounts.
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.disabledAt) {
    throw new DomainError("INVALID_CREDENTIALS", "Email or password is incorrect");
  }
  const issued = await startSession(user, meta);
  return { ...issued, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

export async function getViewer(session: AccessClaims | null): Promise<Viewer> {
  if (!session) return null;
  const user = await findViewer(session.userId);
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
