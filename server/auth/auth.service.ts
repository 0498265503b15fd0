// Public account flows: sign in, sign up, verify email, reset a forgotten password.
import "server-only";
import { mergeGuestCart } from "../cart/cart.service";
import type { CartLineLeftOut } from "../cart/cart.schema";
import { db, type DbTransaction } from "../db";
import { DomainError } from "../lib/errors";
import { countingRefusals, metrics } from "../lib/metrics";
import { enqueueJob } from "../jobs/enqueue";
import { safeNextPath } from "../http/safe-redirect.schema";
import { enqueuePasswordChangedEmail } from "./account-email";
import { authLimits, backOffSeconds, ipKey } from "./auth.limits";
import { findUserForSignIn, findViewer, markEmailVerified, setPasswordHash } from "./auth.repo";
import type { ResetPasswordInput, SignInInput, SignUpInput, Viewer } from "./auth.schema";
import type { IssuedCookies } from "./cookies";
import { consumeEmailToken, voidOutstandingEmailTokens } from "./email-token.repo";
import type { AccessClaims } from "./jwt";
import { hashPassword, verifyPassword } from "./password";
import { assertAcceptablePassword } from "./password-policy";
import { announceRevocations, revokeUserSessions, startSession } from "./session.service";

type RequestMeta = { ip: string | null; userAgent: string | null };

// Only a same-site path survives into an emailed link; anything else is dropped.
function keptNext(next: string | undefined): { next?: string } {
  const safe = safeNextPath(next, "");
  return safe ? { next: safe } : {};
}

const invalidToken = () => new DomainError("INVALID_TOKEN", "This link is invalid or has expired. Ask for a new one.");

function toViewer(user: {
  id: string;
  email: string;
  name: string;
  role: "USER" | "ADMIN";
  emailVerifiedAt: Date | null;
}): NonNullable<Viewer> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
  };
}

type SignedIn = IssuedCookies & { user: NonNullable<Viewer>; cartLinesLeftOut: CartLineLeftOut[] };

// Refusals are counted by code for /api/metrics.
export function signIn(input: SignInInput, meta: RequestMeta, guestCartToken: string | null = null): Promise<SignedIn> {
  return countingRefusals(metrics.signInFailures, () => signInOnce(input, meta, guestCartToken));
}

async function signInOnce(input: SignInInput, meta: RequestMeta, guestCartToken: string | null): Promise<SignedIn> {
  await authLimits.signInByIp.consume(ipKey(meta.ip));
  await authLimits.signInBlockByAccount.assertNotLimited(input.email);
  const user = await findUserForSignIn(input.email);
  // Always verify (against a dummy hash for unknown emails) so timing does not reveal accounts.
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk) {
    const failures = await authLimits.signInFailuresByAccount.consume(input.email);
    const blockSeconds = backOffSeconds(failures);
    if (blockSeconds > 0) await authLimits.signInBlockByAccount.block(input.email, blockSeconds);
    throw new DomainError("INVALID_CREDENTIALS", "Email or password is incorrect");
  }
  // Said only once the password is verified: someone guessing learns nothing from it.
  if (user.disabledAt) {
    throw new DomainError(
      "ACCOUNT_DISABLED",
      "This account has been disabled. Contact the shop if you think this is a mistake.",
    );
  }
  await authLimits.signInFailuresByAccount.reset(input.email);
  const cartLinesLeftOut = guestCartToken ? await mergeGuestCart(user.id, guestCartToken) : [];
  const issued = await startSession(user, meta);
  return { ...issued, user: toViewer(user), cartLinesLeftOut };
}

// Same answer, same work in the request for new and existing emails: the worker decides
// whether to create the account or tell the owner someone tried (see auth.jobs.ts).
export async function signUp(input: SignUpInput, meta: RequestMeta): Promise<void> {
  await authLimits.signUpByIp.consume(ipKey(meta.ip));
  assertAcceptablePassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  await enqueueJob(db, "sign-up", { email: input.email, name: input.name, passwordHash, ...keptNext(input.next) });
}

export async function verifyEmail(token: string, meta: RequestMeta): Promise<void> {
  await authLimits.tokenSubmissionByIp.consume(ipKey(meta.ip));
  await db.$transaction(async (tx) => {
    const found = await consumeEmailToken(tx, token, "VERIFY_EMAIL");
    if (!found || found.user.disabledAt) throw invalidToken();
    await markEmailVerified(tx, found.user.id);
  });
}

export async function requestPasswordReset(email: string, meta: RequestMeta, next?: string): Promise<void> {
  await authLimits.resetByIp.consume(ipKey(meta.ip));
  await authLimits.resetByEmail.consume(email);
  await enqueueJob(db, "password-reset-request", { email, ...keptNext(next) });
}

// Sets the new password, spends the link, ends every session and voids other links.
export async function resetPassword(input: ResetPasswordInput, meta: RequestMeta): Promise<void> {
  await authLimits.tokenSubmissionByIp.consume(ipKey(meta.ip));
  const passwordHash = await hashPassword(input.password);
  const revoked = await db.$transaction(async (tx) => {
    const found = await consumeEmailToken(tx, input.token, "RESET_PASSWORD");
    if (!found || found.user.disabledAt) throw invalidToken();
    assertAcceptablePassword(input.password, found.user);
    return replacePassword(tx, found.user, passwordHash, "PASSWORD_RESET");
  });
  await announceRevocations(revoked);
}

// A new password, in the caller's transaction: earlier email links stop working, the owner is
// told, and every session ends except `keepSessionId` (the one that changed it). Returns the
// ended sessions, for announceRevocations once the transaction commits.
export async function replacePassword(
  tx: DbTransaction,
  user: { id: string; email: string; name: string },
  passwordHash: string,
  reason: "PASSWORD_RESET" | "PASSWORD_CHANGED",
  keepSessionId?: string,
): Promise<string[]> {
  await setPasswordHash(tx, user.id, passwordHash);
  await voidOutstandingEmailTokens(tx, user.id);
  await enqueuePasswordChangedEmail(tx, user);
  return revokeUserSessions(tx, user.id, reason, keepSessionId);
}

export async function getViewer(session: AccessClaims | null): Promise<Viewer> {
  if (!session) return null;
  const user = await findViewer(session.userId);
  if (!user || user.disabledAt) return null;
  return toViewer(user);
}
