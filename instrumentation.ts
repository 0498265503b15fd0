// Next.js start-up hook: runs once per server process (next dev, and the production server's
// app.prepare()), in the Node.js runtime only. Tracing starts first: its instrumentations patch
// pg and ioredis, which must not be loaded before.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./server/env");
  const { registerTracing } = await import("./server/observability/tracing");
  await registerTracing({
    otlpEndpoint: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT,
    onVercel: env.VERCEL === "1",
  });
  const { startInProcessWorker } = await import("./server/jobs/in-process-worker");
  startInProcessWorker();
}
