// The root span of every request the production server (server/runtime/http-server.ts)
// answers: one SERVER span from the first byte to the response's close, named by the route
// that served it, with Next.js's spans, the queries and the outgoing calls beneath it.
//
// The request id is settled here, before Next.js runs: a well-formed x-request-id from the
// client (or a proxy) is kept, otherwise a new one is written into the request, which the
// middleware then keeps, so the id on the spans is the one the response and the logs carry.
//
// Each request is a trace of its own: the shop is a public endpoint, so a traceparent sent
// by a client is recorded as a link, not continued (a client cannot pick our trace ids or
// sampling, and a trace id names exactly one request, see tracing-context.ts).
//
// With tracing off each request goes straight to the listener: no id, no span. Checked per
// request, not once: Next.js's app.prepare() resolves before instrumentation.ts's register()
// has finished, so tracing may start just after the server was created.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type Link } from "@opentelemetry/api";
import { requestIdFrom } from "../http/security-headers";
import { SERVICE_NAME, fileRequestUnderTrace, tracingStarted, withRequestId } from "./tracing-context";

type Listener = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

function firstValue(header: string | string[] | undefined): string | null {
  return (Array.isArray(header) ? header[0] : header) ?? null;
}

function upstreamLinks(req: IncomingMessage): Link[] {
  const upstream = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, req.headers));
  return upstream && trace.isSpanContextValid(upstream) ? [{ context: upstream }] : [];
}

export function traceRequests(listener: Listener, routeOf?: (pathname: string) => string): Listener {
  return (req, res) => {
    if (!tracingStarted()) return listener(req, res);
    // Asked for each request: a tracer taken before the provider was registered (by another
    // bundle's copy of the API) would stay a no-op.
    const tracer = trace.getTracer(SERVICE_NAME);
    const requestId = requestIdFrom(firstValue(req.headers["x-request-id"]));
    req.headers["x-request-id"] = requestId;
    const method = req.method ?? "GET";
    const pathname = new URL(req.url ?? "/", "http://internal").pathname;
    const route = routeOf?.(pathname);
    const parent = withRequestId(ROOT_CONTEXT, requestId);
    const span = tracer.startSpan(
      route ? `${method} ${route}` : method,
      {
        kind: SpanKind.SERVER,
        root: true,
        links: upstreamLinks(req),
        attributes: { "http.request.method": method, "url.path": pathname, ...(route ? { "http.route": route } : {}) },
      },
      parent,
    );
    const forget = fileRequestUnderTrace(span.spanContext().traceId, requestId);
    res.once("close", () => {
      span.setAttribute("http.response.status_code", res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      forget();
    });
    return context.with(trace.setSpan(parent, span), () => listener(req, res));
  };
}
