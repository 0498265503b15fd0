// Standard Webhooks (standardwebhooks.com) signatures: HMAC-SHA256 over
// "<webhook-id>.<webhook-timestamp>.<raw body>", base64, sent as "v1,<sig>" entries in
// webhook-signature (several, space-separated, during key rotation). Verified over the raw
// bytes before anything parses them; constant-time comparison; 5-minute timestamp tolerance.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

export const TOLERANCE_SECONDS = 5 * 60;

export type WebhookHeaders = { id: string | null; timestamp: string | null; signature: string | null };

export class WebhookVerificationError extends Error {}

function secretBytes(secret: string): Buffer {
  return Buffer.from(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret, "base64");
}

export function signWebhook(input: { id: string; timestamp: number; body: string; secret: string }): string {
  const mac = createHmac("sha256", secretBytes(input.secret))
    .update(`${input.id}.${input.timestamp}.${input.body}`)
    .digest("base64");
  return `v1,${mac}`;
}

export function verifyWebhook(
  body: string,
  headers: WebhookHeaders,
  secrets: string[],
  now = new Date(),
): { id: string; timestamp: number } {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) throw new WebhookVerificationError("missing webhook headers");
  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookVerificationError("malformed timestamp");
  const sentAt = Number(timestamp);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (sentAt < nowSeconds - TOLERANCE_SECONDS) throw new WebhookVerificationError("timestamp too old");
  if (sentAt > nowSeconds + TOLERANCE_SECONDS) throw new WebhookVerificationError("timestamp in the future");

  const offered = signature
    .split(" ")
    .filter((entry) => entry.startsWith("v1,"))
    .map((entry) => Buffer.from(entry.slice(3), "base64"));
  for (const secret of secrets) {
    const expected = Buffer.from(signWebhook({ id, timestamp: sentAt, body, secret }).slice(3), "base64");
    if (offered.some((candidate) => candidate.length === expected.length && timingSafeEqual(candidate, expected))) {
      return { id, timestamp: sentAt };
    }
  }
  throw new WebhookVerificationError("no valid signature");
}
