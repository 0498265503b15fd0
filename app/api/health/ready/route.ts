// Readiness: 200 when PostgreSQL, migrations and Redis are good, else 503 naming the failed check.
import { readiness } from "@/server/health/health.service";

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await readiness();
  return Response.json(
    { status: result.ready ? "ready" : "unavailable", checks: result.checks },
    { status: result.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
