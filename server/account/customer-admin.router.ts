import "server-only";
import { adminProcedure, createTRPCRouter } from "../trpc/init";
import {
  changeRoleInput,
  customerDetailSchema,
  customerIdInput,
  customerPageSchema,
  listCustomersInput,
  setDisabledInput,
} from "./customer-admin.schema";
import * as customerAdmin from "./customer-admin.service";

export const customerAdminRouter = createTRPCRouter({
  list: adminProcedure
    .input(listCustomersInput)
    .output(customerPageSchema)
    .query(({ input }) => customerAdmin.listCustomers(input)),
  get: adminProcedure
    .input(customerIdInput)
    .output(customerDetailSchema)
    .query(({ input }) => customerAdmin.getCustomer(input.id)),
  changeRole: adminProcedure
    .input(changeRoleInput)
    .output(customerDetailSchema)
    .mutation(({ ctx, input }) => customerAdmin.changeRole(ctx.actor, input.id, input.role)),
  setDisabled: adminProcedure
    .input(setDisabledInput)
    .output(customerDetailSchema)
    .mutation(({ ctx, input }) => customerAdmin.setDisabled(ctx.actor, input.id, input.disabled)),
});
