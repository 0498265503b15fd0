// The audit page's filters live in the URL; malformed values are dropped, not errors.
import { auditEntityTypes, type AuditFilter } from "@/server/audit/audit.schema";
import { isStorableText, isWithinDateRange } from "@/server/lib/storable.schema";
import type { SearchParams } from "@/app/_lib/search-params";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim();
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseAuditSearch(params: SearchParams): AuditFilter {
  const text = (name: string, max: number) => {
    const value = first(params[name]);
    return value && value.length <= max && isStorableText(value) ? value : undefined;
  };
  // Whole UTC days the log can filter on (years 2000..9999): "to" includes the day it names.
  const day = (value: string | undefined, plusDays = 0) => {
    const date =
      value && DAY.test(value) ? new Date(Date.parse(`${value}T00:00:00Z`) + plusDays * 86_400_000) : undefined;
    return date && isWithinDateRange(date) ? date : undefined;
  };
  const entityType = auditEntityTypes.find((type) => type === first(params.entityType));
  const from = day(text("from", 10));
  const to = day(text("to", 10), 1);
  const actorEmail = text("actor", 254)?.toLowerCase();
  const action = text("action", 80);
  const entityId = text("entityId", 64);
  return {
    ...(actorEmail ? { actorEmail } : {}),
    ...(action ? { action } : {}),
    ...(entityType ? { entityType } : {}),
    ...(entityId ? { entityId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

// Query string for the CSV export of the same filters.
export function auditExportHref(filter: AuditFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter))
    params.set(key, value instanceof Date ? value.toISOString() : String(value));
  const query = params.toString();
  return query ? `/api/admin/audit/export?${query}` : "/api/admin/audit/export";
}
