import "server-only";
import { createTRPCRouter, customerProcedure } from "../trpc/init";
import { testPaymentInput, testPaymentOutput } from "./test-payment.schema";
import { payWithTestProvider } from "./test-payment.service";

export const testPaymentRouter = createTRPCRouter({
  pay: customerProcedure
    .input(testPaymentInput)
    .output(testPaymentOutput)
    .mutation(({ ctx, input }) => payWithTestProvider(ctx.session, input)),
});
