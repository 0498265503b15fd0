import { z } from "../lib/zod";
import { nameSchema, passwordSchema } from "../auth/auth.schema";

export const profileSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  emailVerified: z.boolean(),
  createdAt: z.date(),
});
export type Profile = z.infer<typeof profileSchema>;

export const updateProfileInput = z.strictObject({ name: nameSchema });
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

export const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, "Enter your current password").max(128),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const sessionSummarySchema = z.object({
  id: z.string(),
  device: z.string(),
  ip: z.string().nullable(),
  createdAt: z.date(),
  lastSeenAt: z.date(),
  current: z.boolean(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const revokeSessionInput = z.strictObject({ id: z.uuid() });
export const revokedCountOutput = z.object({ revoked: z.number().int() });
