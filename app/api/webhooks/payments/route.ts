// Payment provider webhooks (Standard Webhooks signatures). Server-to-server: no Origin
// check, but the body cap and request id of every route.
import { guardedRoute } from "@/server/http/guarded-route";
import { handlePaymentWebhook } from "@/server/payments/payment-webhook-route";

export const POST = guardedRoute(handlePaymentWebhook, { checkOrigin: false });
