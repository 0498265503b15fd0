// Readiness: 200 (ready or degraded) or 503 (unavailable, warming up or draining), naming failed
// checks only.
import { readiness } from "@/server/health/health.service";

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await readiness();
  const serving = result.status === "ready" || result.status === "degraded";
  return Response.json(result, { status: serving ? 200 : 503, headers: { "cache-control": "no-store" } });
}
