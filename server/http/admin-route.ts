// Staff-only route handlers (CSV import and export, which tRPC does not stream): the same
// checks as adminProcedure, from the request's own cookie and headers.
import "server-only";
import { env } from "../env";
import { verifyAccessToken } from "../auth/jwt";
import { ACCESS_COOKIE, readCookie } from "../auth/cookies";
import { assertLiveSession } from "../auth/session.service";
import type { AdminActor } from "../audit/audit.service";
import { isDomainError } from "../lib/errors";
import { clientIp } from "../lib/client-ip";

export function problem(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });
}

export async function adminActorOf(request: Request): Promise<AdminActor | Response> {
  const token = readCookie(request.headers.get("cookie"), ACCESS_COOKIE);
  const claims = token ? await verifyAccessToken(token, { secret: env.AUTH_SECRET, issuer: env.APP_URL }) : null;
  if (!claims) return problem(401, "UNAUTHENTICATED", "Sign in to continue");
  try {
    await assertLiveSession(claims, "ADMIN");
  } catch (error) {
    if (isDomainError(error))
      return error.code === "FORBIDDEN"
        ? problem(403, "FORBIDDEN", "Staff only")
        : problem(401, "UNAUTHENTICATED", "Sign in to continue");
    throw error;
  }
  return {
    userId: claims.userId,
    ip: clientIp(request.headers),
    userAgent: request.headers.get("user-agent"),
    requestId: request.headers.get("x-request-id") ?? crypto.randomUUID(),
  };
}
