// Auth cookies. In production the access cookie has the __Host- prefix (this exact origin,
// HTTPS, Path=/, no Domain). The refresh cookie is scoped to /api/auth, where only the refresh
// and sign-out endpoints see it; __Host- requires Path=/, so it takes the __Secure- prefix.
// The hint cookie holds no secret: it only tells the browser a refresh is worth trying.
import { isProduction } from "../edge-env";

export const ACCESS_COOKIE = isProduction ? "__Host-sf_access" : "sf_access";
export const REFRESH_COOKIE = isProduction ? "__Secure-sf_refresh" : "sf_refresh";
export const SESSION_HINT_COOKIE = "sf_signed_in";
export const GUEST_CART_COOKIE = isProduction ? "__Host-sf_cart" : "sf_cart";
export const GUEST_CART_MAX_AGE_SECONDS = 30 * 86_400;
export const REFRESH_COOKIE_PATH = "/api/auth";

type CookieOptions = { maxAgeSeconds: number; path?: string; httpOnly?: boolean };

export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${value}`, `Path=${options.path ?? "/"}`, "SameSite=Lax", `Max-Age=${options.maxAgeSeconds}`];
  if (options.httpOnly !== false) parts.push("HttpOnly");
  if (isProduction) parts.push("Secure");
  return parts.join("; ");
}

// A value that is not valid percent-encoding ("%", "%zz") was never set by this app: the
// cookie counts as absent, as any other unreadable credential would.
export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const separator = part.indexOf("=");
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) return decodedOrUndefined(part.slice(separator + 1).trim());
  }
  return undefined;
}

function decodedOrUndefined(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

export type IssuedCookies = {
  accessToken: string;
  accessTtlSeconds: number;
  refreshToken: string;
  sessionExpiresAt: Date;
};

export function sessionCookies(issued: IssuedCookies): string[] {
  const sessionSeconds = Math.max(0, Math.floor((issued.sessionExpiresAt.getTime() - Date.now()) / 1000));
  return [
    serializeCookie(ACCESS_COOKIE, issued.accessToken, { maxAgeSeconds: issued.accessTtlSeconds }),
    serializeCookie(REFRESH_COOKIE, issued.refreshToken, { maxAgeSeconds: sessionSeconds, path: REFRESH_COOKIE_PATH }),
    serializeCookie(SESSION_HINT_COOKIE, "1", { maxAgeSeconds: sessionSeconds, httpOnly: false }),
  ];
}

export function clearedSessionCookies(): string[] {
  return [
    serializeCookie(ACCESS_COOKIE, "", { maxAgeSeconds: 0 }),
    serializeCookie(REFRESH_COOKIE, "", { maxAgeSeconds: 0, path: REFRESH_COOKIE_PATH }),
    serializeCookie(SESSION_HINT_COOKIE, "", { maxAgeSeconds: 0, httpOnly: false }),
  ];
}
