import { z } from "../lib/zod";

export const testPaymentInput = z.strictObject({
  orderId: z.uuid(),
  outcome: z.enum(["succeeded", "failed"]).default("succeeded"),
});
export type TestPaymentInput = z.infer<typeof testPaymentInput>;
export const testPaymentOutput = z.object({ delivered: z.boolean(), status: z.number().int() });
