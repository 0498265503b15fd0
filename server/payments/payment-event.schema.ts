import { z } from "../lib/zod";

export const paymentEventSchema = z.object({
  type: z.enum(["payment.succeeded", "payment.failed"]),
  data: z.object({
    paymentId: z.string().min(1).max(120),
    orderId: z.uuid(),
    amountCents: z.number().int().min(0),
    currency: z.string().length(3),
  }),
});
export type PaymentEvent = z.infer<typeof paymentEventSchema>;
