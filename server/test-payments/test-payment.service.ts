// The built-in test payment provider: signs a Standard Webhooks event exactly as a real
// provider would and delivers it to this app's own webhook endpoint, so a person can pay
// for an order locally. Only when PAYMENTS_TEST_MODE is on (development, tests).
import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "../env";
import { DomainError } from "../lib/errors";
import { logger } from "../lib/logger";
import type { AccessClaims } from "../auth/jwt";
import { getOrder } from "../order/order.service";
import { signWebhook } from "../payments/standard-webhooks";
import type { TestPaymentInput } from "./test-payment.schema";

const DELIVERY_TIMEOUT_MS = 10_000;

export async function payWithTestProvider(session: AccessClaims, input: TestPaymentInput) {
  const secret = env.PAYMENT_WEBHOOK_SECRETS?.split(",")[0]?.trim();
  if (env.PAYMENTS_TEST_MODE !== "true" || !secret)
    throw new DomainError("TEST_PAYMENTS_DISABLED", "Test payments are not enabled");
  // The shopper's own order (another's is ORDER_NOT_FOUND), charged its total.
  const order = await getOrder(session, input.orderId);

  const id = `evt_test_${randomUUID()}`;
  const timestamp = Math.floor(Date.now() / 1000);
  const body = JSON.stringify({
    type: `payment.${input.outcome}`,
    data: {
      paymentId: `pay_test_${randomUUID()}`,
      orderId: order.id,
      amountCents: order.total.amountCents,
      currency: order.total.currency,
    },
  });
  // Delivered as a provider would, over HTTP to APP_URL: if that address does not reach this
  // shop, the shopper is told to try again rather than shown a server error.
  const response = await fetch(new URL("/api/webhooks/payments", env.APP_URL), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "webhook-id": id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": signWebhook({ id, timestamp, body, secret }),
    },
    body,
    signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
  }).catch((error: unknown) => {
    logger.warn({ err: error, orderId: order.id, appUrl: env.APP_URL }, "test payment webhook not delivered");
    throw new DomainError(
      "PAYMENT_PROVIDER_UNREACHABLE",
      "The test payment could not reach the shop. Please try again in a moment.",
      { retryAfterSeconds: 5 },
    );
  });
  return { delivered: response.ok, status: response.status };
}
