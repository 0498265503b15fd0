// Every background task and the shape of its payload. A payload is validated when the job
// runs too, so a job enqueued by an older build fails loudly instead of doing the wrong thing.
import { z } from "../lib/zod";
import { quarantineKeyPattern } from "../media/media.schema";
import { durableLiveEventSchema, liveChannelSchema } from "../realtime/live-event.schema";

export const emailTemplateNames = [
  "verify-email",
  "reset-password",
  "password-changed",
  "account-exists",
  "order-confirmation",
  "order-shipped",
  "order-cancelled",
  "support-reply",
] as const;

export const sendEmailPayload = z.strictObject({
  to: z.email(),
  template: z.enum(emailTemplateNames),
  props: z.record(z.string(), z.string()),
});
export type SendEmailPayload = z.infer<typeof sendEmailPayload>;

// Work whose outcome depends on whether an account exists runs in the worker, never in the
// request, so the request path (and its timing) is the same for known and unknown emails.
// `next` is a same-site path already checked in the request; the emailed link carries it.
const nextPath = z.string().startsWith("/").max(512).optional();
export const signUpPayload = z.strictObject({
  email: z.email(),
  name: z.string(),
  passwordHash: z.string(),
  next: nextPath,
});
export const passwordResetRequestPayload = z.strictObject({ email: z.email(), next: nextPath });

export const orderJobPayload = z.strictObject({ orderId: z.uuid() });
// The key travels with the job: whatever sits at it a day later goes, even if its row is gone
// (refused at confirm, then posted again with the same still-valid form).
export const uploadJobPayload = z.strictObject({ imageId: z.uuid(), key: z.string().regex(quarantineKeyPattern) });

// Redis markers for revoked sessions (auth/session-revocation.ts), repeated until Redis has them.
export const sessionRevocationPayload = z.strictObject({ sessionIds: z.array(z.uuid()).min(1).max(10_000) });

// A durable live event, published once to each channel after the change that caused it committed.
export const liveEventPayload = z.strictObject({
  channels: z.array(liveChannelSchema).min(1).max(10),
  event: durableLiveEventSchema,
});

// A staff answer in a support conversation: emailed if the shopper has not read it when the job runs.
export const supportReplyEmailPayload = z.strictObject({ conversationId: z.uuid(), seq: z.int().min(1) });

export const jobPayloads = {
  "publish-live-event": liveEventPayload,
  "mark-sessions-revoked": sessionRevocationPayload,
  "release-unpaid-order": orderJobPayload,
  "discard-unconfirmed-upload": uploadJobPayload,
  "send-email": sendEmailPayload,
  "support-reply-email": supportReplyEmailPayload,
  "sign-up": signUpPayload,
  "password-reset-request": passwordResetRequestPayload,
} as const;

export type JobName = keyof typeof jobPayloads;
export type JobPayload<Name extends JobName> = z.infer<(typeof jobPayloads)[Name]>;

// After this many attempts (exponential back-off between them) a job stays in the table as
// dead-lettered: kept with its last error, never run again unless staff retry it.
export const DEFAULT_MAX_ATTEMPTS = 8;
