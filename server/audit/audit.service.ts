// The audit trail of staff actions: who did what to which entity, the values before and
// after, and where the request came from. Written in the same transaction as the change,
// so there is never a change without its entry, nor an entry for a change rolled back.
import "server-only";
import type { DbTransaction } from "../db";
import * as auditRepo from "./audit.repo";
import type { AuditEntityType, AuditEntry, ListAuditInput } from "./audit.schema";

// Who is acting and from where: built once per admin request by adminProcedure.
export type AdminActor = { userId: string; ip: string | null; userAgent: string | null; requestId: string };

export type AuditChange = {
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  before?: auditRepo.AuditJson | null;
  after?: auditRepo.AuditJson | null;
};

export function recordAudit(tx: DbTransaction, actor: AdminActor, change: AuditChange): Promise<void> {
  return auditRepo.insertAuditRow(tx, {
    actorId: actor.userId,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
    ip: actor.ip,
    userAgent: actor.userAgent?.slice(0, 512) ?? null,
    requestId: actor.requestId.slice(0, 64),
  });
}

type Row = Awaited<ReturnType<typeof auditRepo.listAuditRows>>[number];

function toEntry(row: Row): AuditEntry {
  const { actor, id, ...rest } = row;
  return { ...rest, id: id.toString(), actorEmail: actor?.email ?? null };
}

export async function listAuditEntries(input: ListAuditInput) {
  const { cursor, limit, direction: _direction, ...filter } = input;
  const rows = await auditRepo.listAuditRows(filter, cursor ? BigInt(cursor) : null, limit + 1);
  const page = rows.slice(0, limit);
  return { items: page.map(toEntry), nextCursor: rows.length > limit ? (page.at(-1)?.id.toString() ?? null) : null };
}

// Every matching entry, newest first, fetched a page at a time so an export of any size
// holds one page in memory.
export async function* allAuditEntries(
  filter: Omit<ListAuditInput, "cursor" | "limit" | "direction">,
): AsyncGenerator<AuditEntry> {
  let beforeId: bigint | null = null;
  for (;;) {
    const rows = await auditRepo.listAuditRows(filter, beforeId, 500);
    for (const row of rows) yield toEntry(row);
    if (rows.length < 500) return;
    beforeId = rows.at(-1)?.id ?? null;
  }
}
