// Where to send a user after sign-in: only same-site absolute paths. Refuses protocol-relative
// (//evil.com), backslash tricks (/\evil.com), schemes (javascript:) and control characters.
const DEFAULT_TARGET = "/account";

export function safeNextPath(candidate: string | null | undefined, fallback = DEFAULT_TARGET): string {
  if (!candidate || candidate.length > 512) return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.includes("\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(candidate)) return fallback;
  try {
    const resolved = new URL(candidate, "http://shopfront.invalid");
    if (resolved.origin !== "http://shopfront.invalid") return fallback;
    return `${resolved.pathname}${resolved.search}${resolved.hash}`;
  } catch {
    return fallback;
  }
}
