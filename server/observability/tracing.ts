// Whether this process traces, decided once at start-up by instrumentation.ts from the
// validated environment. Off unless an OTLP endpoint is configured (or the app runs on Vercel,
// whose collector @vercel/otel finds itself): then the SDK is not even loaded, no tracer
// provider is registered, no module is patched, and the OpenTelemetry API stays a no-op.
import "server-only";
import type { Tracing } from "./tracing-context";

export type TracingSettings = { otlpEndpoint: string | undefined; onVercel: boolean };

export async function registerTracing(settings: TracingSettings): Promise<Tracing | null> {
  if (!settings.otlpEndpoint && !settings.onVercel) return null;
  const { startTracing } = await import("./tracing-setup");
  return startTracing("auto", { onVercel: settings.onVercel });
}
