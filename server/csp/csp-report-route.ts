// POST /api/csp-report: browsers send violations here (report-uri and report-to of the CSP).
// Logged as warnings and counted; anyone can post, so bodies are small and capped, a client
// gets at most a minute's worth of log lines, and the answer is always an empty 204.
import "server-only";
import { clientIp } from "../lib/client-ip";
import { logger } from "../lib/logger";
import { createRateLimiter } from "../lib/rate-limit";
import { redis } from "../redis";
import { parseCspReports } from "./csp-report";

export const MAX_CSP_REPORT_BYTES = 16 * 1024;
const reportsByClient = createRateLimiter({ name: "csp-report", points: 60, durationSeconds: 60, whenStoreDown: "fallback-memory" }, redis);
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
  if (allowed) for (const violation of violations) logger.warn({ csp: violation }, "csp violation");
  return noContent();
}
