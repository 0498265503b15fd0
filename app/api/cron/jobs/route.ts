// Vercel cron: drains the job queue once per call (serverless has no long-lived worker).
// Authorised by `Authorization: Bearer $CRON_SECRET`, which Vercel sends to cron routes.
import { timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";
import { drainJobsOnce } from "@/server/jobs/worker";

export const dynamic = "force-dynamic";
export const maxDuration = 60;

function authorised(header: string | null): boolean {
  if (!env.CRON_SECRET || !header) return false;
  const expected = Buffer.from(`Bearer ${env.CRON_SECRET}`);
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function GET(request: Request) {
  if (!authorised(request.headers.get("authorization")))
    return Response.json({ error: "unauthorised" }, { status: 401 });
  await drainJobsOnce();
  return Response.json({ drained: true }, { headers: { "cache-control": "no-store" } });
}
