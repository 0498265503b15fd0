import { z } from "../lib/zod";
import { storableText } from "../lib/storable.schema";

// The largest amount the payments table holds (PostgreSQL int4); a signed event claiming more
// is malformed, not a payment.
const MAX_PAYMENT_CENTS = 2_147_483_647;

export const paymentEventSchema = z.object({
  type: z.enum(["payment.succeeded", "payment.failed"]),
  data: z.object({
    paymentId: storableText().min(1).max(120),
    orderId: z.uuid(),
    amountCents: z.number().int().min(0).max(MAX_PAYMENT_CENTS),
    // ISO 4217: three capital letters, as orders store them.
    currency: z.string().regex(/^[A-Z]{3}$/),
  }),
});
export type PaymentEvent = z.infer<typeof paymentEventSchema>;

// The webhook-id header, once its signature is verified: recorded once per event.
export const webhookEventIdSchema = storableText().min(1).max(120);
