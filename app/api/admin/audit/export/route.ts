// Staff: the audit log as CSV, with the same filters as the audit page (query string).
import { auditFilterSchema } from "@/server/audit/audit.schema";
import { auditCsvStream } from "@/server/audit/audit-export.service";
import { adminActorOf, problem } from "@/server/http/admin-route";
import { guardedRoute } from "@/server/http/guarded-route";

export const GET = guardedRoute(async (request) => {
  const actor = await adminActorOf(request);
  if (actor instanceof Response) return actor;
  const query = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
  const filter = auditFilterSchema.safeParse(query);
  if (!filter.success) return problem(400, "BAD_REQUEST", "Invalid filters");
  return new Response(auditCsvStream(filter.data), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
