// The audit page's filters live in the URL; malformed values are dropped, not errors.
import { auditEntityTypes, type AuditFilter } from "@/server/audit/audit.schema";
import type { SearchParams } from "./admin-product-search";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim();
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseAuditSearch(params: SearchParams): AuditFilter {
  const text = (name: string, max: number) => {
    const value = first(params[name]);
    return value && value.length <= max ? value : undefined;
  };
  const entityType = auditEntityTypes.find((type) => type === first(params.entityType));
  const from = text("from", 10);
  const to = text("to", 10);
  const actorEmail = text("actor", 254)?.toLowerCase();
  const action = text("action", 80);
  const entityId = text("entityId", 64);
  return {
    ...(actorEmail ? { actorEmail } : {}),
    ...(action ? { action } : {}),
    ...(entityType ? { entityType } : {}),
    ...(entityId ? { entityId } : {}),
    // Whole UTC days: "to" includes the day it names.
    ...(from && DAY.test(from) ? { from: new Date(`${from}T00:00:00Z`) } : {}),
    ...(to && DAY.test(to) ? { to: new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000) } : {}),
  };
}

// Query string for the CSV export of the same filters.
export function auditExportHref(filter: AuditFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) params.set(key, value instanceof Date ? value.toISOString() : String(value));
  const query = params.toString();
  return query ? `/api/admin/audit/export?${query}` : "/api/admin/audit/export";
}

// Shared by the page's prefetch and the table, so both build the same infinite query.
export const auditPaging = { getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor };
