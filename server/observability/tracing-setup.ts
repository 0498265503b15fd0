// OpenTelemetry traces of this process (@vercel/otel: Next.js's own spans, fetch and outgoing
// HTTP, W3C trace context), with PostgreSQL, Prisma and Redis spans, each span tagged with
// its request id (tracing-request-id.ts). Loaded only when tracing is on (tracing.ts).
import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { ProxyTracerProvider, trace, type Attributes } from "@opentelemetry/api";
import { IORedisInstrumentation } from "@opentelemetry/instrumentation-ioredis";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import type { BasicTracerProvider, SpanExporter } from "@opentelemetry/sdk-trace-base";
import { PrismaInstrumentation } from "@prisma/instrumentation";
import { registerOTel } from "@vercel/otel";
import packageJson from "../../package.json";
import { SHUTDOWN_STAGE, onShutdown } from "../lib/lifecycle";
import { SERVICE_NAME, rememberTracing, tracingStarted, type Tracing } from "./tracing-context";
import { RequestIdSpanProcessor } from "./tracing-request-id";

// "auto": @vercel/otel's exporters, configured by the standard OTEL_EXPORTER_OTLP_* variables
// (endpoint, protocol, headers) or Vercel's collector. Tests pass an in-memory exporter.
export type TraceExport = SpanExporter | "auto";
const SHUTDOWN_FLUSH_MS = 5_000;

// The one setup, for production and tests alike.
export function startTracing(exporter: TraceExport, options: { onVercel?: boolean } = {}): Tracing {
  const started = tracingStarted();
  if (started) return started;
  const attributes: Attributes = {
    "service.version": packageJson.version,
    // @vercel/otel names Vercel as the cloud of every process; only say so where it is.
    "cloud.provider": options.onVercel ? "vercel" : undefined,
  };
  registerOTel({
    serviceName: SERVICE_NAME,
    attributes,
    instrumentations: [
      "auto",
      // Queries outside any request or job span (pool housekeeping, the job queue's polling)
      // would each be a trace of their own: not recorded.
      new PgInstrumentation({ requireParentSpan: true }),
      // The command only: keys name addresses and accounts (rate limits), values are data.
      new IORedisInstrumentation({ requireParentSpan: true, dbStatementSerializer: (command) => command }),
      new PrismaInstrumentation(),
    ],
    spanProcessors: exporter === "auto" ? ["auto", new RequestIdSpanProcessor()] : [new RequestIdSpanProcessor()],
    traceExporter: exporter,
  });
  // registerOTel keeps no handle: its BasicTracerProvider sits behind the API's global proxy.
  const proxy = trace.getTracerProvider();
  const provider = (proxy instanceof ProxyTracerProvider ? proxy.getDelegate() : proxy) as BasicTracerProvider;
  // After the database closes, so the spans of the last requests and jobs are sent too; for
  // at most a few seconds, so a collector that does not answer cannot hold the exit.
  onShutdown("traces", SHUTDOWN_STAGE.database + 1, () =>
    Promise.race([provider.shutdown(), sleep(SHUTDOWN_FLUSH_MS)]),
  );
  return rememberTracing({ provider });
}
