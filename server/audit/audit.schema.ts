import { z } from "../lib/zod";
import { boundedCoercedDate, storableText } from "../lib/storable.schema";

export const auditEntityTypes = ["product", "product_image", "order", "user", "job", "support_conversation"] as const;
export const auditEntityTypeSchema = z.enum(auditEntityTypes);
export type AuditEntityType = z.infer<typeof auditEntityTypeSchema>;

// Filters shared by the audit page and its CSV export.
export const auditFilterSchema = z.strictObject({
  actorEmail: storableText().trim().toLowerCase().max(254).optional(),
  action: storableText().trim().max(80).optional(),
  entityType: auditEntityTypeSchema.optional(),
  entityId: storableText().trim().max(64).optional(),
  from: boundedCoercedDate().optional(),
  to: boundedCoercedDate().optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const listAuditInput = auditFilterSchema.extend({
  // Newest first; the cursor is the id of the last entry seen. 18 digits always fit a bigint.
  cursor: z
    .string()
    .regex(/^[1-9]\d{0,17}$/, "Invalid cursor")
    .nullish(),
  limit: z.number().int().min(1).max(100).default(50),
  direction: z.literal("forward").optional(),
});
export type ListAuditInput = z.infer<typeof listAuditInput>;

export const auditEntrySchema = z.object({
  id: z.string(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  createdAt: z.date(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() });
