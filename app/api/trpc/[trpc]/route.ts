// The one tRPC HTTP entry. guardedRoute refuses cross-site mutations and oversized bodies.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContextFromHeaders } from "@/server/trpc/context";
import { appRouter } from "@/server/trpc/root";
import { guardedRoute } from "@/server/http/guarded-route";
import { retryAfterHeader } from "@/server/trpc/retry-after";
import { logger } from "@/server/lib/logger";
import { currentRequestId } from "@/server/lib/request-context";
import { livePathOf, liveRouteResponse, serveLiveOnNode } from "@/server/trpc/live-route";
import { registerNodeRoute } from "@/server/http/node-routes";

// On Vercel, a function instance is held for as long as a live stream is open: streams end
// after LIVE_STREAM_MAX_MS (server/realtime/live-limits.ts), below this (in seconds; a literal,
// as Next.js requires; live-limits.test.ts checks it matches). See docs/decisions/042.
export const maxDuration = 300;

// Under the production server, live streams skip Next.js from now on (server/http/node-routes.ts).
registerNodeRoute("live streams", serveLiveOnNode);

// Must match the client's httpBatchLink maxItems (app/_trpc/react.tsx).
const MAX_BATCH_SIZE = 10;

const handler = guardedRoute((req) => {
  // Live streams are written by the app's own SSE writer (server/trpc/live-route.ts).
  const live = livePathOf(req);
  if (live) return liveRouteResponse(req, live);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: ({ resHeaders }) => createContextFromHeaders(req.headers, resHeaders),
    responseMeta: ({ ctx, errors }) => {
      const headers = new Headers({ "cache-control": ctx?.session ? "private, no-store" : "no-store" });
      const retryAfter = retryAfterHeader(errors);
      if (retryAfter) headers.set("retry-after", retryAfter);
      return { headers };
    },
    // Failures inside procedures are logged by the mapDomainErrors middleware; this catches
    // the rest: no context (its creation failed, so no middleware ran) or no procedure.
    onError: ({ error, path, ctx }) => {
      if (error.code === "INTERNAL_SERVER_ERROR" && (!path || !ctx)) {
        logger.error({ err: error, path, requestId: currentRequestId() }, "tRPC request failed");
      }
    },
  });
});

export { handler as GET, handler as POST };
