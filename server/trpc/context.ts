// Per-request tRPC context. The session is read from the access-token cookie and verified
// here again: middleware.ts is only an optimistic gate.
import "server-only";
import { env } from "../env";
import { verifyAccessToken, type AccessClaims } from "../auth/jwt";
import { ACCESS_COOKIE, GUEST_CART_COOKIE, readCookie } from "../auth/cookies";
import { sessionStillValid } from "../auth/session.service";
import { TRPCError } from "@trpc/server";
import { clientIp } from "../lib/client-ip";
import { outageErrorFor } from "../lib/outage-error";
import { currentRequestId } from "../lib/request-context";

export type Context = {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  session: AccessClaims | null;
  // Opaque token of a signed-out visitor's cart, from its httpOnly cookie.
  guestCartToken: string | null;
  // Response headers of the HTTP request (to set cookies); null for the server-component caller.
  resHeaders: Headers | null;
};

export async function createContextFromHeaders(headers: Headers, resHeaders: Headers | null): Promise<Context> {
  const cookieHeader = headers.get("cookie");
  const token = readCookie(cookieHeader, ACCESS_COOKIE);
  const claims = token ? await verifyAccessToken(token, { secret: env.AUTH_SECRET, issuer: env.APP_URL }) : null;
  // A signed, unexpired token of a revoked session (signed out, ended elsewhere, password
  // changed, account disabled) counts as no session, at once.
  const session = claims && (await stillValid(claims)) ? claims : null;
  return {
    // The HTTP route's own (guardedRoute: upstream's, or made there); a server component's from middleware.
    requestId: currentRequestId() ?? headers.get("x-request-id") ?? crypto.randomUUID(),
    ip: clientIp(headers),
    userAgent: headers.get("user-agent"),
    session,
    guestCartToken: readCookie(cookieHeader, GUEST_CART_COOKIE) ?? null,
    resHeaders,
  };
}

// The session check may need the database; while it is unreachable the request gets 503 (with
// Retry-After), not 500, and not a wrong "signed out".
async function stillValid(claims: AccessClaims): Promise<boolean> {
  try {
    return await sessionStillValid(claims);
  } catch (error) {
    const outage = outageErrorFor(error);
    if (outage) throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: outage.message, cause: outage });
    throw error;
  }
}
