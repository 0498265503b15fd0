// Structured JSON logs (pino). Every line carries the request id when one is in scope
// (see request-context.ts). Secrets are redacted by path, whatever logs them.
import "server-only";
import pino from "pino";
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
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "shopfront" },
  redact: { paths: redactedPaths, censor: "[redacted]" },
  mixin: () => {
    const requestId = currentRequestId();
    return requestId ? { requestId } : {};
  },
  timestamp: pino.stdTimeFunctions.isoTime,
});
