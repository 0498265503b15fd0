// The client IP comes only from the header the trusted proxy in front of us sets
// (TRUSTED_PROXY_IP_HEADER, e.g. "x-real-ip" behind nginx or "x-vercel-forwarded-for").
// X-Forwarded-For is never trusted by default: a client can put anything in it.
import "server-only";

const MAX_IP_LENGTH = 64;

export function clientIp(headers: Headers): string | null {
  const headerName = process.env.TRUSTED_PROXY_IP_HEADER;
  if (!headerName) return null;
  const value = headers.get(headerName);
  if (!value) return null;
  // A proxy that appends to a list puts the address it saw last.
  const last = value.split(",").at(-1)?.trim() ?? "";
  return last.length > 0 && last.length <= MAX_IP_LENGTH ? last : null;
}
