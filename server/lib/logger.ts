// Structured JSON logs (pino). Every line carries the request id when one is in scope
// (see request-context.ts), and with tracing on, the trace and span it was written in
// (trace_id, span_id, as OpenTelemetry names them in logs) and the request id of that trace.
// Secrets are redacted by path, whatever logs them.
import "server-only";
import pino from "pino";
import { env } from "../env";
import { activeTrace } from "../observability/tracing-context";
import { currentRequestId } from "./request-context";

export const redactedPaths = [
  "password",
  "*.password",
  "*.currentPassword",
  "*.newPassword",
  "passwordHash",
  "*.passwordHash",
  "token",
  "*.token",
  "*.accessToken",
  "*.refreshToken",
  "authorization",
  "cookie",
  "*.cookie",
  "*.authorization",
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
];

export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "shopfront" },
  redact: { paths: redactedPaths, censor: "[redacted]" },
  mixin: () => {
    const traced = activeTrace();
    const requestId = currentRequestId() ?? traced?.requestId;
    return {
      ...(requestId ? { requestId } : {}),
      ...(traced ? { trace_id: traced.traceId, span_id: traced.spanId } : {}),
    };
  },
  timestamp: pino.stdTimeFunctions.isoTime,
});
