import "server-only";
import { accountRouter } from "../account/account.router";
import { adminRouter } from "../admin/admin.router";
import { authRouter } from "../auth/auth.router";
import { cartRouter } from "../cart/cart.router";
import { checkoutRouter } from "../checkout/checkout.router";
import { categoryRouter, productRouter } from "../catalog/catalog.router";
import { devMailRouter } from "../dev-mail/dev-mail.router";
import { orderRouter } from "../order/order.router";
import { liveRouter } from "../realtime/live.router";
import { reviewRouter } from "../review/review.router";
import { searchRouter } from "../search/search.router";
import { supportRouter } from "../support/support.router";
import { testPaymentRouter } from "../test-payments/test-payment.router";
import { createCallerFactory, createTRPCRouter } from "./init";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  account: accountRouter,
  product: productRouter,
  category: categoryRouter,
  search: searchRouter,
  cart: cartRouter,
  checkout: checkoutRouter,
  order: orderRouter,
  support: supportRouter,
  review: reviewRouter,
  testPayment: testPaymentRouter,
  admin: adminRouter,
  devMail: devMailRouter,
  live: liveRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
