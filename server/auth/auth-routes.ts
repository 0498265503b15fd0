// Handlers behind /api/auth/refresh and /api/auth/sign-out, the only paths the refresh
// cookie is sent to. Plain route handlers (not tRPC) precisely because of that scoping.
import "server-only";
import { isDomainError } from "../lib/errors";
import { clientIp } from "../lib/client-ip";
import { env } from "../env";
import { ACCESS_COOKIE, REFRESH_COOKIE, clearedSessionCookies, readCookie, sessionCookies } from "./cookies";
import { verifyAccessToken } from "./jwt";
import { endSession, refreshSession } from "./session.service";

function withCookies(status: number, body: unknown, cookies: string[]): Response {
  const headers = new Headers({ "cache-control": "no-store" });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return Response.json(body, { status, headers });
}

export async function handleRefresh(request: Request): Promise<Response> {
  const token = readCookie(request.headers.get("cookie"), REFRESH_COOKIE);
  if (!token) return withCookies(401, { error: { code: "UNAUTHENTICATED" } }, clearedSessionCookies());
  try {
    const issued = await refreshSession(token, {
      ip: clientIp(request.headers),
      userAgent: request.headers.get("user-agent"),
    });
    return withCookies(200, { ok: true, accessExpiresInSeconds: issued.accessTtlSeconds }, sessionCookies(issued));
  } catch (error) {
    if (isDomainError(error) && error.code === "UNAUTHENTICATED") {
      return withCookies(401, { error: { code: "UNAUTHENTICATED" } }, clearedSessionCookies());
    }
    throw error;
  }
}

export async function handleSignOut(request: Request): Promise<Response> {
  const cookieHeader = request.headers.get("cookie");
  const refreshToken = readCookie(cookieHeader, REFRESH_COOKIE);
  const accessToken = readCookie(cookieHeader, ACCESS_COOKIE);
  const session = accessToken
    ? await verifyAccessToken(accessToken, { secret: env.AUTH_SECRET, issuer: env.APP_URL })
    : null;
  await endSession({ ...(refreshToken ? { refreshToken } : {}), session });
  // A plain form post (the button pressed before the page hydrated) gets a page, not JSON.
  if (request.headers.get("sec-fetch-mode") === "navigate") {
    const response = new Response(null, { status: 303, headers: { location: "/", "cache-control": "no-store" } });
    for (const cookie of clearedSessionCookies()) response.headers.append("set-cookie", cookie);
    return response;
  }
  return withCookies(200, { ok: true }, clearedSessionCookies());
}
