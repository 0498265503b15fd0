// Where to send a user after sign-in: only same-site absolute paths. The candidate is
// resolved against a fixed origin first (dot segments, percent-encoded dots), and the result
// is checked: `/.//evil.example` resolves to `//evil.example`, which a browser would read as
// another host. Refuses protocol-relative paths, backslash tricks, schemes and control characters.
// Pure and browser-safe (hence .schema.ts): middleware, server pages and services, and the
// sign-in forms in the browser all use this one check.
const DEFAULT_TARGET = "/account";
const PROBE_ORIGIN = "http://shopfront.invalid";

export function safeNextPath(candidate: string | null | undefined, fallback = DEFAULT_TARGET): string {
  if (!candidate || candidate.length > 512) return fallback;
  if (!candidate.startsWith("/") || candidate.includes("\\")) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses
  if (/[\u0000-\u001f\u007f]/.test(candidate)) return fallback;
  try {
    const resolved = new URL(candidate, PROBE_ORIGIN);
    if (resolved.origin !== PROBE_ORIGIN) return fallback;
    const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
    return path.startsWith("//") || path.startsWith("/\\") ? fallback : path;
  } catch {
    return fallback;
  }
}
