// Browser side of session refresh. The access token lives 10 minutes; the refresh cookie is
// only sent to /api/auth, so the browser renews the access token by POSTing there: on a
// timer while a tab is open, and on arrival when the page was rendered signed-out but the
// (non-secret) hint cookie says a session exists. Tabs share one schedule via localStorage.
const HINT_COOKIE = "sf_signed_in";
const LAST_REFRESH_KEY = "shopfront:last-refresh";
// Well inside the 5–15 minute access-token lifetime.
export const REFRESH_EVERY_MS = 4 * 60_000;

let inFlight: Promise<boolean> | null = null;

export function hasSessionHint(): boolean {
  return document.cookie.split(";").some((part) => part.trim() === `${HINT_COOKIE}=1`);
}

export function refreshDue(now = Date.now()): boolean {
  const last = Number(window.localStorage.getItem(LAST_REFRESH_KEY) ?? 0);
  return now - last >= REFRESH_EVERY_MS;
}

// A sign-in just issued a fresh access token: the next refresh is not due for a while.
export function markSessionFresh(): void {
  window.localStorage.setItem(LAST_REFRESH_KEY, String(Date.now()));
}

export function forgetSession(): void {
  window.localStorage.removeItem(LAST_REFRESH_KEY);
}

// Resolves true when a fresh access cookie was issued.
export function refreshSession(): Promise<boolean> {
  inFlight ??= fetch("/api/auth/refresh", { method: "POST", credentials: "same-origin" })
    .then((response) => {
      if (response.ok) markSessionFresh();
      return response.ok;
    })
    .catch(() => false)
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}
