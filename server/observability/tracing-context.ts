// What the app's bundles and the production server's bundle (server/runtime) share about
// tracing, kept where every bundle of the process sees the same thing: OpenTelemetry's
// context is one per process (the API keeps it on globalThis) and its keys are Symbol.for
// names; the rest is on globalThis. Nothing heavy: the production server bundles this file
// (where "server-only" is a stub, scripts/lib/standalone-bundle.ts).
//
// The request id reaches spans two ways. The production server's root span puts it in the
// context, which its children inherit. But Next.js, after running the middleware, renders
// in a context it rebuilds from the request's traceparent header: same trace, none of our
// context values. So the root span also files the id under its trace id (each request is a
// trace of its own, tracing-http.ts), for as long as the request is in flight.
import "server-only";
import { context, createContextKey, trace, type Context } from "@opentelemetry/api";
import type { BasicTracerProvider } from "@opentelemetry/sdk-trace-base";

export const SERVICE_NAME = "shopfront";
export const REQUEST_ID_ATTRIBUTE = "shopfront.request_id";
const REQUEST_ID_KEY = createContextKey("shopfront.request_id");

export type Tracing = { provider: BasicTracerProvider };
type Shared = { tracing?: Tracing; requestIdsByTrace: Map<string, string> };
const globalForTracing = globalThis as unknown as { shopfrontTracing?: Shared };
globalForTracing.shopfrontTracing ??= { requestIdsByTrace: new Map() };
const shared: Shared = globalForTracing.shopfrontTracing;

export function tracingStarted(): Tracing | undefined {
  return shared.tracing;
}

export function rememberTracing(tracing: Tracing): Tracing {
  shared.tracing = tracing;
  return tracing;
}

export function withRequestId(parent: Context, requestId: string): Context {
  return parent.setValue(REQUEST_ID_KEY, requestId);
}

// Until forgotten, every span of the trace is the request's, whatever its context.
export function fileRequestUnderTrace(traceId: string, requestId: string): () => void {
  shared.requestIdsByTrace.set(traceId, requestId);
  return () => shared.requestIdsByTrace.delete(traceId);
}

export function requestIdOf(parentContext: Context, traceId: string | undefined): string | undefined {
  const value = parentContext.getValue(REQUEST_ID_KEY);
  if (typeof value === "string") return value;
  return traceId ? shared.requestIdsByTrace.get(traceId) : undefined;
}

// The request id and trace of the code running now (for log lines).
export function activeTrace(): { requestId: string | undefined; traceId: string; spanId: string } | undefined {
  const active = context.active();
  const span = trace.getSpan(active)?.spanContext();
  if (!span || !trace.isSpanContextValid(span)) return undefined;
  return { requestId: requestIdOf(active, span.traceId), traceId: span.traceId, spanId: span.spanId };
}
