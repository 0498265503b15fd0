// The one tRPC HTTP entry.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContextFromHeaders } from "@/server/trpc/context";
import { appRouter } from "@/server/trpc/root";
import { runWithRequestContext } from "@/server/lib/request-context";
import { logger } from "@/server/lib/logger";

function handler(req: Request) {
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const startedAt = performance.now();
  return runWithRequestContext({ requestId }, async () => {
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req,
      router: appRouter,
      createContext: ({ resHeaders }) => createContextFromHeaders(req.headers, resHeaders),
      responseMeta: ({ ctx }) => ({
        headers: new Headers({
          "cache-control": ctx?.session ? "private, no-store" : "no-store",
          "x-request-id": requestId,
        }),
      }),
      // Failures inside procedures are logged by the mapDomainErrors middleware; this catches
      // the rest (context creation, unparseable requests).
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR" && !path) logger.error({ err: error }, "tRPC request failed");
      },
    });
    logger.info(
      { method: req.method, path: new URL(req.url).pathname, status: response.status, durationMs: Math.round(performance.now() - startedAt) },
      "trpc request",
    );
    return response;
  });
}

export { handler as GET, handler as POST };
