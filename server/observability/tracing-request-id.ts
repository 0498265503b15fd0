// Every span carries the request id of the request it belongs to (the x-request-id the
// response and the log lines carry), so a trace, its logs and a shopper's report meet.
// Where the production server did not start the request's root span (next dev, Vercel), the
// request context of the route handler (guardedRoute) is the fallback.
import "server-only";
import type { Context } from "@opentelemetry/api";
import type { ReadableSpan, Span, SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { currentRequestId } from "../lib/request-context";
import { REQUEST_ID_ATTRIBUTE, requestIdOf } from "./tracing-context";

export class RequestIdSpanProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    const requestId = requestIdOf(parentContext, span.spanContext().traceId) ?? currentRequestId();
    if (requestId) span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  }

  onEnd(_span: ReadableSpan): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
