// POST /api/webhooks/payments: verify the raw body's signature first, then parse, then apply.
import "server-only";
import { env } from "../env";
import { isDomainError } from "../lib/errors";
import { logger } from "../lib/logger";
import { metrics } from "../lib/metrics";
import { paymentEventSchema, webhookEventIdSchema } from "./payment-event.schema";
import { applyPaymentEvent } from "./payments.service";
import { verifyWebhook, WebhookVerificationError } from "./standard-webhooks";

const reply = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });
// A refused delivery, counted by reason for /api/metrics.
const refuse = (status: number, reason: string, body: unknown) => {
  metrics.webhookRejections.inc({ reason });
  return reply(status, body);
};

export async function handlePaymentWebhook(request: Request): Promise<Response> {
  const secrets =
    env.PAYMENT_WEBHOOK_SECRETS?.split(",")
      .map((secret) => secret.trim())
      .filter(Boolean) ?? [];
  if (secrets.length === 0) return refuse(503, "not_configured", { error: "payments are not configured" });
  const rawBody = await request.text();
  let eventId: string;
  try {
    eventId = verifyWebhook(
      rawBody,
      {
        id: request.headers.get("webhook-id"),
        timestamp: request.headers.get("webhook-timestamp"),
        signature: request.headers.get("webhook-signature"),
      },
      secrets,
    ).id;
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    logger.warn({ reason: error.message }, "payment webhook refused");
    return refuse(401, "signature", { error: "invalid signature" });
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return refuse(400, "not_json", { error: "body is not JSON" });
  }
  const event = paymentEventSchema.safeParse(json);
  if (!event.success || !webhookEventIdSchema.safeParse(eventId).success)
    return refuse(400, "shape", { error: "unknown event shape" });
  try {
    const outcome = await applyPaymentEvent(eventId, event.data);
    return reply(200, { received: true, outcome });
  } catch (error) {
    if (isDomainError(error) && error.code === "PAYMENT_REFERENCE_MISMATCH")
      return refuse(409, "payment_reference_mismatch", { error: error.code });
    throw error;
  }
}
