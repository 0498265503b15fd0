// Tracing is off unless an OTLP endpoint is configured (or the app runs on Vercel): then
// nothing is registered and the OpenTelemetry API stays a no-op. The cases run in order:
// once started, a tracer provider stays registered for the process.
import { trace } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";
import { registerTracing } from "./tracing";
import { activeTrace, tracingStarted } from "./tracing-context";

describe("registerTracing", () => {
  it("registers no tracer provider and no exporter without an OTLP endpoint, off Vercel", async () => {
    expect(await registerTracing({ otlpEndpoint: undefined, onVercel: false })).toBeNull();
    expect(tracingStarted()).toBeUndefined();
    const span = trace.getTracer("probe").startSpan("probe");
    expect(span.isRecording()).toBe(false);
    span.end();
  });

  it("starts recording spans once an endpoint is configured, and log lines get their trace", async () => {
    const tracing = await registerTracing({ otlpEndpoint: "http://127.0.0.1:4318", onVercel: false });
    expect(tracing).not.toBeNull();
    expect(tracingStarted()).toBe(tracing);
    const span = trace.getTracer("probe").startSpan("probe");
    expect(span.isRecording()).toBe(true);
    const inSpan = trace.getTracer("probe").startActiveSpan("probe", (active) => {
      active.end();
      return activeTrace();
    });
    expect(inSpan?.traceId).toMatch(/^[0-9a-f]{32}$/);
    await tracing?.provider.shutdown();
  });
});
