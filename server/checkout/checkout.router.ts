import "server-only";
import { createTRPCRouter, customerProcedure } from "../trpc/init";
import { placeOrderInput, placeOrderOutput } from "./checkout.schema";
import { placeOrder } from "./checkout.service";

export const checkoutRouter = createTRPCRouter({
  placeOrder: customerProcedure
    .input(placeOrderInput)
    .output(placeOrderOutput)
    .mutation(({ ctx, input }) => placeOrder(ctx.session, input)),
});
