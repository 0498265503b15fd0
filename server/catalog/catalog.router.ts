import "server-only";
import { z } from "../lib/zod";
import { createTRPCRouter, publicProcedure } from "../trpc/init";
import {
  categorySchema,
  getCategoryInput,
  getProductInput,
  listProductsInput,
  productCardSchema,
  productDetailSchema,
  productPageSchema,
} from "./catalog.schema";
import * as catalogService from "./catalog.service";

export const productRouter = createTRPCRouter({
  list: publicProcedure
    .input(listProductsInput)
    .output(productPageSchema)
    .query(({ input }) => catalogService.listProducts(input)),
  listFeatured: publicProcedure.output(z.array(productCardSchema)).query(() => catalogService.listFeaturedProducts()),
  get: publicProcedure
    .input(getProductInput)
    .output(productDetailSchema)
    .query(({ input }) => catalogService.getProduct(input.slug)),
});

export const categoryRouter = createTRPCRouter({
  list: publicProcedure.output(z.array(categorySchema)).query(() => catalogService.listCategories()),
  get: publicProcedure
    .input(getCategoryInput)
    .output(categorySchema)
    .query(({ input }) => catalogService.getCategory(input.slug)),
});
