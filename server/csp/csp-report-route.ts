// POST /api/csp-report: browsers send violations here (report-uri and report-to of the CSP).
// Logged as warnings and counted; anyone can post, so bodies are small and capped, a client
// gets at most a minute's worth of log lines, and the answer is always an empty 204.
import "server-only";
import { clientIp } from "../lib/client-ip";
import { logger } from "../lib/logger";
import { metrics } from "../lib/metrics";
import { createRateLimiter } from "../lib/rate-limit";
import { redis } from "../redis";
import { parseCspReports } from "./csp-report";

export const MAX_CSP_REPORT_BYTES = 16 * 1024;
const reportsByClient = createRateLimiter(
  { name: "csp-report", points: 60, durationSeconds: 60, whenStoreDown: "fallback-memory" },
  redis,
);
// Reports are anyone's to send: only directives a CSP has become metric labels.
const knownDirectives = new Set([
  "default-src",
  "script-src",
  "script-src-elem",
  "script-src-attr",
  "style-src",
  "style-src-elem",
  "style-src-attr",
  "img-src",
  "font-src",
  "connect-src",
  "frame-src",
  "worker-src",
  "media-src",
  "object-src",
  "base-uri",
  "form-action",
  "frame-ancestors",
  "manifest-src",
]);
const noContent = () => new Response(null, { status: 204, headers: { "cache-control": "no-store" } });

export async function handleCspReport(request: Request): Promise<Response> {
  const contentType = request.headers.get("content-type") ?? "";
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return Response.json({ error: "body is not JSON" }, { status: 400 });
  }
  const violations = parseCspReports(contentType, body);
  if (!violations) return Response.json({ error: "not a CSP report" }, { status: 400 });
  const allowed = await reportsByClient.consume(clientIp(request.headers) ?? "untrusted-proxy").then(
    () => true,
    () => false,
  );
  for (const violation of violations)
    metrics.cspViolations.inc({ directive: knownDirectives.has(violation.directive) ? violation.directive : "other" });
  if (allowed) for (const violation of violations) logger.warn({ csp: violation }, "csp violation");
  return noContent();
}
