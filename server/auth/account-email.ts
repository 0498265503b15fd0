// Builds the account emails' links and enqueues them through the outbox.
import "server-only";
import type { DbTransaction } from "../db";
import { env } from "../env";
import { enqueueJob } from "../jobs/enqueue";
import { createEmailToken } from "./email-token.repo";

export const VERIFY_EMAIL_TTL_MS = 24 * 3_600_000;
export const RESET_PASSWORD_TTL_MS = 3_600_000;

const link = (path: string, token?: string, next?: string) => {
  const url = new URL(path, env.APP_URL);
  if (token) url.searchParams.set("token", token);
  if (next) url.searchParams.set("next", next);
  return url.toString();
};

type Recipient = { id: string; email: string; name: string };

// `next`: a same-site path (checked before it was queued) the person returns to afterwards.
export async function enqueueVerificationEmail(tx: DbTransaction, user: Recipient, next?: string): Promise<void> {
  const token = await createEmailToken(tx, { userId: user.id, purpose: "VERIFY_EMAIL", ttlMs: VERIFY_EMAIL_TTL_MS });
  await enqueueJob(tx, "send-email", {
    to: user.email,
    template: "verify-email",
    props: { name: user.name, url: link("/verify-email", token, next) },
  });
}

export async function enqueuePasswordResetEmail(tx: DbTransaction, user: Recipient, next?: string): Promise<void> {
  const token = await createEmailToken(tx, {
    userId: user.id,
    purpose: "RESET_PASSWORD",
    ttlMs: RESET_PASSWORD_TTL_MS,
  });
  await enqueueJob(tx, "send-email", {
    to: user.email,
    template: "reset-password",
    props: { name: user.name, url: link("/reset-password", token, next) },
  });
}

export async function enqueueAccountExistsEmail(tx: DbTransaction, user: Recipient): Promise<void> {
  await enqueueJob(tx, "send-email", {
    to: user.email,
    template: "account-exists",
    props: { name: user.name, signInUrl: link("/login"), resetUrl: link("/forgot-password") },
  });
}

export async function enqueuePasswordChangedEmail(tx: DbTransaction, user: Recipient): Promise<void> {
  await enqueueJob(tx, "send-email", { to: user.email, template: "password-changed", props: { name: user.name } });
}
