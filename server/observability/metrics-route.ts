// GET /api/metrics: this process's metrics in Prometheus text format, for a scraper holding
// METRICS_TOKEN (Authorization: Bearer …). Without the token configured it does not exist.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { env } from "../env";
import { metrics } from "../lib/metrics";
import { registerCollectors } from "./collectors";

function bearerMatches(header: string | null, token: string): boolean {
  const given = Buffer.from(header?.startsWith("Bearer ") ? header.slice(7) : "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function handleMetrics(request: Request): Promise<Response> {
  if (!env.METRICS_TOKEN) return new Response("Not found", { status: 404 });
  if (!bearerMatches(request.headers.get("authorization"), env.METRICS_TOKEN)) {
    return new Response("Unauthorized", { status: 401, headers: { "www-authenticate": 'Bearer realm="metrics"' } });
  }
  registerCollectors();
  return new Response(await metrics.registry.metrics(), {
    headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" },
  });
}
