import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { db, type DbTransaction } from "../db";
import type { AuditFilter } from "./audit.schema";

export type AuditJson = Prisma.InputJsonValue;

export type AuditRow = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: Prisma.InputJsonValue | null;
  after: Prisma.InputJsonValue | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
};

// The only write the app has on audit_logs: an insert, inside the caller's transaction.
export async function insertAuditRow(tx: DbTransaction, row: AuditRow): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: row.actorId,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      ip: row.ip,
      userAgent: row.userAgent,
      requestId: row.requestId,
      // A missing side (nothing before a create) is left as SQL NULL.
      ...(row.before !== null ? { before: row.before } : {}),
      ...(row.after !== null ? { after: row.after } : {}),
    },
    select: { id: true },
  });
}

function whereOf(filter: AuditFilter): Prisma.AuditLogWhereInput {
  return {
    ...(filter.actorEmail ? { actor: { email: filter.actorEmail } } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.from || filter.to
      ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
  };
}

const entrySelect = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  ip: true,
  userAgent: true,
  requestId: true,
  createdAt: true,
  actor: { select: { email: true } },
} as const;

// Newest first, keyset on the bigint id (strictly increasing with insertion).
export function listAuditRows(filter: AuditFilter, beforeId: bigint | null, take: number) {
  return db.auditLog.findMany({
    where: { ...whereOf(filter), ...(beforeId !== null ? { id: { lt: beforeId } } : {}) },
    orderBy: { id: "desc" },
    take,
    select: entrySelect,
  });
}
