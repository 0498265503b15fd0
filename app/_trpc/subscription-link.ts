// Live streams (tRPC subscriptions over Server-Sent Events). retryLink reconnects a stream that
// broke (a deploy, a dropped network, a server ending it at its access-token lifetime) and
// resumes from the last event id it saw, so nothing durable is missed. A stream refused for an
// expired access token first renews the session (the refresh cookie is only sent to /api/auth).
import { httpSubscriptionLink, retryLink, type TRPCLink } from "@trpc/client";
import superjson from "superjson";
import { hasSessionHint, refreshSession } from "@/app/_lib/session-refresh";
import type { AppRouter } from "@/server/trpc/root";

// Refusals that a retry cannot change.
const FINAL = new Set(["FORBIDDEN", "NOT_FOUND", "BAD_REQUEST"]);
const MAX_DELAY_MS = 30_000;

let renewing: Promise<boolean> | null = null;

export function subscriptionLinks(url: string): TRPCLink<AppRouter>[] {
  return [
    retryLink({
      retry: ({ error }) => {
        const code = error.data?.code;
        if (code && FINAL.has(code)) return false;
        if (code === "UNAUTHORIZED") {
          if (!hasSessionHint()) return false;
          renewing = refreshSession();
        }
        return true;
      },
      // Spread out, so instances restarting together are not met by every tab at once.
      retryDelayMs: (attempt) => Math.min(MAX_DELAY_MS, 500 * 2 ** attempt) * (0.5 + Math.random() / 2),
    }),
    httpSubscriptionLink({
      url,
      transformer: superjson,
      eventSourceOptions: async () => {
        if (renewing) await renewing;
        renewing = null;
        return { withCredentials: true };
      },
    }),
  ];
}
