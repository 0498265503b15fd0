// Wraps a route handler: request id in scope for logs, CSRF check on state changes, capped
// body size, one access-log line. Every app/api handler that changes state goes through it.
import "server-only";
import { env } from "../env";
import { logger } from "../lib/logger";
import { outageErrorFor } from "../lib/outage-error";
import { runWithRequestContext } from "../lib/request-context";
import { isSameOriginRequest } from "./csrf";
import { MAX_BODY_BYTES } from "./body-limits";
import { BodyTooLargeError, cappedStream, readLimitedBody } from "./limited-body";
import { requestIdFrom } from "./security-headers";

// streamBody: the handler reads the body as a stream (capped at maxBodyBytes as it flows)
// instead of receiving it buffered; for uploads such as a CSV import.
type Options = { checkOrigin?: boolean; maxBodyBytes?: number; streamBody?: boolean };

function jsonError(status: number, code: string, message: string, requestId: string): Response {
  return Response.json(
    { error: { code, message, requestId } },
    { status, headers: { "x-request-id": requestId, "cache-control": "no-store" } },
  );
}

// PostgreSQL unreachable: 503 with Retry-After, never a 500 (anything else is rethrown).
function outageResponse(error: unknown, requestId: string): Response {
  const outage = outageErrorFor(error);
  if (!outage) throw error;
  const response = jsonError(503, outage.code, outage.message, requestId);
  response.headers.set("retry-after", String(outage.details?.retryAfterSeconds));
  return response;
}

export function guardedRoute(handler: (request: Request) => Promise<Response>, options: Options = {}) {
  return async (incoming: Request): Promise<Response> => {
    const requestId = requestIdFrom(incoming.headers.get("x-request-id"));
    const startedAt = performance.now();
    return runWithRequestContext({ requestId }, async () => {
      const response = await handle(incoming, requestId).catch((error: unknown) => outageResponse(error, requestId));
      response.headers.set("x-request-id", requestId);
      logger.info(
        {
          method: incoming.method,
          path: new URL(incoming.url).pathname,
          status: response.status,
          durationMs: Math.round(performance.now() - startedAt),
        },
        "request",
      );
      return response;
    });
  };

  async function handle(incoming: Request, requestId: string): Promise<Response> {
    const changesState = !["GET", "HEAD", "OPTIONS"].includes(incoming.method);
    if (changesState && options.checkOrigin !== false && !isSameOriginRequest(incoming.headers, env.APP_URL)) {
      return jsonError(403, "CROSS_SITE_REQUEST", "Cross-site request refused", requestId);
    }
    if (!changesState) return handler(incoming);
    const headers = new Headers(incoming.headers);
    headers.set("x-request-id", requestId);
    const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
    if (options.streamBody) {
      if (Number(incoming.headers.get("content-length") ?? "0") > limit)
        return jsonError(413, "PAYLOAD_TOO_LARGE", "Request body too large", requestId);
      const body = incoming.body?.pipeThrough(cappedStream(limit)) ?? null;
      return handler(
        new Request(incoming.url, { method: incoming.method, headers, body, duplex: "half" } as RequestInit),
      );
    }
    let body: Uint8Array;
    try {
      body = await readLimitedBody(incoming, limit);
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        return jsonError(413, "PAYLOAD_TOO_LARGE", "Request body too large", requestId);
      throw error;
    }
    return handler(new Request(incoming.url, { method: incoming.method, headers, body: body as BodyInit }));
  }
}
