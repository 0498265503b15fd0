// The audit log as CSV, streamed a page at a time (see allAuditEntries).
import "server-only";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { allAuditEntries } from "./audit.service";
import type { AuditFilter } from "./audit.schema";

const columns = ["id", "createdAt", "actorEmail", "action", "entityType", "entityId", "before", "after", "ip", "userAgent", "requestId"] as const;

async function* rows(filter: AuditFilter) {
  for await (const entry of allAuditEntries(filter)) {
    yield {
      ...entry,
      createdAt: entry.createdAt.toISOString(),
      before: entry.before === null ? "" : JSON.stringify(entry.before),
      after: entry.after === null ? "" : JSON.stringify(entry.after),
    };
  }
}

export function auditCsvStream(filter: AuditFilter): ReadableStream<Uint8Array> {
  // Formula-looking cells are neutralised: the export is meant to be opened in spreadsheets.
  const csv = Readable.from(rows(filter)).pipe(stringify({ header: true, columns: [...columns], escape_formulas: true }));
  return Readable.toWeb(csv) as ReadableStream<Uint8Array>;
}
