import "server-only";
import { adminProcedure, createTRPCRouter } from "../trpc/init";
import {
  adjustStockInput,
  adminProductPageSchema,
  adminProductSchema,
  createProductInput,
  listAdminProductsInput,
  productIdInput,
  setProductActiveInput,
  updateProductInput,
} from "./product-admin.schema";
import * as productAdmin from "./product-admin.service";

export const productAdminRouter = createTRPCRouter({
  list: adminProcedure
    .input(listAdminProductsInput)
    .output(adminProductPageSchema)
    .query(({ input }) => productAdmin.listProducts(input)),
  get: adminProcedure
    .input(productIdInput)
    .output(adminProductSchema)
    .query(({ input }) => productAdmin.getProduct(input.id)),
  create: adminProcedure
    .input(createProductInput)
    .output(adminProductSchema)
    .mutation(({ ctx, input }) => productAdmin.createProduct(ctx.actor, input)),
  update: adminProcedure
    .input(updateProductInput)
    .output(adminProductSchema)
    .mutation(({ ctx, input }) => productAdmin.updateProduct(ctx.actor, input)),
  setActive: adminProcedure
    .input(setProductActiveInput)
    .output(adminProductSchema)
    .mutation(({ ctx, input }) => productAdmin.setProductActive(ctx.actor, input.id, input.active)),
  delete: adminProcedure
    .input(productIdInput)
    .output(adminProductSchema)
    .mutation(({ ctx, input }) => productAdmin.deleteProduct(ctx.actor, input.id)),
  restore: adminProcedure
    .input(productIdInput)
    .output(adminProductSchema)
    .mutation(({ ctx, input }) => productAdmin.restoreProduct(ctx.actor, input.id)),
  adjustStock: adminProcedure
    .input(adjustStockInput)
    .output(adminProductSchema)
    .mutation(({ ctx, input }) => productAdmin.adjustStock(ctx.actor, input)),
});
