// POST /api/webhooks/payments: verify the raw body's signature first, then parse, then apply.
import "server-only";
import { env } from "../env";
import { isDomainError } from "../lib/errors";
import { logger } from "../lib/logger";
import { paymentEventSchema, webhookEventIdSchema } from "./payment-event.schema";
import { applyPaymentEvent } from "./payments.service";
import { verifyWebhook, WebhookVerificationError } from "./standard-webhooks";

const reply = (status: number, body: unknown) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

export async function handlePaymentWebhook(request: Request): Promise<Response> {
  const secrets = env.PAYMENT_WEBHOOK_SECRETS?.split(",").map((secret) => secret.trim()).filter(Boolean) ?? [];
  if (secrets.length === 0) return reply(503, { error: "payments are not configured" });
  const rawBody = await request.text();
  let eventId: string;
  try {
    eventId = verifyWebhook(
      rawBody,
      { id: request.headers.get("webhook-id"), timestamp: request.headers.get("webhook-timestamp"), signature: request.headers.get("webhook-signature") },
      secrets,
    ).id;
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    logger.warn({ reason: error.message }, "payment webhook refused");
    return reply(401, { error: "invalid signature" });
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return reply(400, { error: "body is not JSON" });
  }
  const event = paymentEventSchema.safeParse(json);
  if (!event.success || !webhookEventIdSchema.safeParse(eventId).success) return reply(400, { error: "unknown event shape" });
  try {
    const outcome = await applyPaymentEvent(eventId, event.data);
    return reply(200, { received: true, outcome });
  } catch (error) {
    if (isDomainError(error) && error.code === "PAYMENT_REFERENCE_MISMATCH") return reply(409, { error: error.code });
    throw error;
  }
}
