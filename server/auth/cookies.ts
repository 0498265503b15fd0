// Cookie names and attributes. In production the __Host- prefix pins cookies to this exact
// origin over HTTPS with Path=/ (no Domain), so a sibling subdomain cannot plant or read them.
const isProduction = process.env.NODE_ENV === "production";

export const ACCESS_COOKIE = isProduction ? "__Host-sf_access" : "sf_access";
export const SESSION_COOKIE = isProduction ? "__Host-sf_session" : "sf_session";

type CookieOptions = { maxAgeSeconds: number };

export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [
    `${name}=${value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${options.maxAgeSeconds}`,
  ];
  if (isProduction) parts.push("Secure");
  return parts.join("; ");
}

export function clearCookie(name: string): string {
  return serializeCookie(name, "", { maxAgeSeconds: 0 });
}

export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const separator = part.indexOf("=");
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) return decodeURIComponent(part.slice(separator + 1).trim());
  }
  return undefined;
}
