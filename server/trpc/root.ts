import "server-only";
import { adminRouter } from "../admin/admin.router";
import { authRouter } from "../auth/auth.router";
import { categoryRouter, productRouter } from "../catalog/catalog.router";
import { createCallerFactory, createTRPCRouter } from "./init";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  product: productRouter,
  category: categoryRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
