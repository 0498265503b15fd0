import "server-only";
import { createTRPCRouter, publicProcedure } from "../trpc/init";
import { searchPageSchema, searchProductsInput } from "./search.schema";
import { searchProducts } from "./search.service";

export const searchRouter = createTRPCRouter({
  products: publicProcedure
    .input(searchProductsInput)
    .output(searchPageSchema)
    .query(({ input }) => searchProducts(input)),
});
