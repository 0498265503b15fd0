import "server-only";
import { adminProcedure, createTRPCRouter } from "../trpc/init";
import {
  adminOrderDetailSchema,
  adminOrderIdInput,
  adminOrderPageSchema,
  listAdminOrdersInput,
  transitionOrderInput,
} from "./order-admin.schema";
import * as orderAdmin from "./order-admin.service";

export const orderAdminRouter = createTRPCRouter({
  list: adminProcedure
    .input(listAdminOrdersInput)
    .output(adminOrderPageSchema)
    .query(({ input }) => orderAdmin.listOrders(input)),
  get: adminProcedure
    .input(adminOrderIdInput)
    .output(adminOrderDetailSchema)
    .query(({ input }) => orderAdmin.getOrder(input.id)),
  transition: adminProcedure
    .input(transitionOrderInput)
    .output(adminOrderDetailSchema)
    .mutation(({ ctx, input }) => orderAdmin.changeOrderStatus(ctx.actor, input)),
});
