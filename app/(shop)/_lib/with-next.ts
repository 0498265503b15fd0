import { safeNextPath } from "@/server/http/safe-redirect.schema";

// A link to an account page that carries where the person was going (sign-in → sign-up →
// emailed link → back). Only a same-site path survives; anything else is dropped.
export function withNext(path: string, next: string | null | undefined): string {
  const safe = safeNextPath(next, "");
  return safe ? `${path}?next=${encodeURIComponent(safe)}` : path;
}

export function nextParam(value: string | string[] | undefined): string | null {
  return typeof value === "string" ? value : null;
}
