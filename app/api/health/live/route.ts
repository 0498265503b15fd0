// Liveness: the process is up and serving. Touches no dependency, so a database outage
// never gets healthy containers restarted.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
