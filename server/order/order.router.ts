import "server-only";
import { createTRPCRouter, customerProcedure } from "../trpc/init";
import { listOrdersInput, orderDetailSchema, orderIdInput, orderPageSchema } from "./order.schema";
import * as orderService from "./order.service";

export const orderRouter = createTRPCRouter({
  list: customerProcedure
    .input(listOrdersInput)
    .output(orderPageSchema)
    .query(({ ctx, input }) => orderService.listOrders(ctx.session, input)),
  get: customerProcedure
    .input(orderIdInput)
    .output(orderDetailSchema)
    .query(({ ctx, input }) => orderService.getOrder(ctx.session, input.id)),
  cancel: customerProcedure
    .input(orderIdInput)
    .output(orderDetailSchema)
    .mutation(({ ctx, input }) => orderService.cancelOrder(ctx.session, input.id)),
});
