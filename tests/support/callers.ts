// Callers for integration tests, going through the real context: a signed access-token
// cookie is verified exactly as an HTTP request's would be ("log in without the UI").
import type { Db } from "../../server/db";
import { createUser, type UserSeed } from "../factories/user.factory";

export async function anonymousCaller(headers: Record<string, string> = {}) {
  const { createContextFromHeaders } = await import("../../server/trpc/context");
  const { createCaller } = await import("../../server/trpc/root");
  const resHeaders = new Headers();
  const caller = createCaller(await createContextFromHeaders(new Headers(headers), resHeaders));
  return { caller, resHeaders };
}

// A new session (a new device) for an existing user.
export async function callerForUser(
  user: { id: string; role: "USER" | "ADMIN" },
  headers: Record<string, string> = {},
) {
  const { createSession } = await import("../../server/auth/session.repo");
  const { issueAccessToken } = await import("../../server/auth/session.service");
  const { ACCESS_COOKIE } = await import("../../server/auth/cookies");
  const { sessionId } = await createSession({
    userId: user.id,
    userAgent: "vitest",
    ip: null,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  const token = await issueAccessToken({ userId: user.id, sessionId, role: user.role });
  const cookie = `${ACCESS_COOKIE}=${token}`;
  const { caller, resHeaders } = await anonymousCaller({ ...headers, cookie });
  return { caller, resHeaders, sessionId, cookie };
}

export async function signedInCaller(db: Db, overrides: Partial<UserSeed> = {}, headers: Record<string, string> = {}) {
  const user = await createUser(db, overrides);
  return { ...(await callerForUser(user, headers)), user };
}
