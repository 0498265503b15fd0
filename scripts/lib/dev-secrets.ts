// Development defaults for secrets: random, generated once and kept in the git-ignored .data
// folder so sessions and signed webhooks survive restarts. Production sets its own.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

function devSecret(file: string, generate: () => string): string {
  const path = `.data/${file}`;
  if (existsSync(path)) return readFileSync(path, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = generate();
  writeFileSync(path, secret, { mode: 0o600 });
  return secret;
}

export function devAuthSecret(): string {
  return process.env.AUTH_SECRET ?? devSecret("auth-secret", () => randomBytes(32).toString("base64url"));
}

// Standard Webhooks format: "whsec_" + base64 key.
export function devPaymentWebhookSecrets(): string {
  return (
    process.env.PAYMENT_WEBHOOK_SECRETS ??
    devSecret("payment-webhook-secret", () => `whsec_${randomBytes(32).toString("base64")}`)
  );
}
