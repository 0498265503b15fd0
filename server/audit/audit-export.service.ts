// The audit log as CSV, streamed a page at a time (see allAuditEntries).
import "server-only";
import { csvStream } from "../lib/csv-stream";
import { allAuditEntries } from "./audit.service";
import type { AuditFilter } from "./audit.schema";

const columns = [
  "id",
  "createdAt",
  "actorEmail",
  "action",
  "entityType",
  "entityId",
  "before",
  "after",
  "ip",
  "userAgent",
  "requestId",
] as const;

async function* rows(filter: AuditFilter) {
  for await (const entry of allAuditEntries(filter)) {
    yield {
      id: entry.id,
      createdAt: entry.createdAt.toISOString(),
      actorEmail: entry.actorEmail ?? "",
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === null ? "" : JSON.stringify(entry.before),
      after: entry.after === null ? "" : JSON.stringify(entry.after),
      ip: entry.ip ?? "",
      userAgent: entry.userAgent ?? "",
      requestId: entry.requestId ?? "",
    };
  }
}

export function auditCsvStream(filter: AuditFilter): ReadableStream<Uint8Array> {
  return csvStream(rows(filter), columns);
}
