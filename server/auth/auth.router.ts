import "server-only";
import { createTRPCRouter, publicProcedure } from "../trpc/init";
import { GUEST_CART_COOKIE, serializeCookie, sessionCookies } from "./cookies";
import {
  acceptedOutput,
  okOutput,
  requestPasswordResetInput,
  resetPasswordInput,
  signInInput,
  signInOutput,
  signUpInput,
  verifyEmailInput,
  viewerSchema,
} from "./auth.schema";
import * as authService from "./auth.service";

// Sign-out and refresh are route handlers under /api/auth (see app/api/auth): the refresh
// cookie is scoped to that path, so tRPC requests never carry it.
export const authRouter = createTRPCRouter({
  viewer: publicProcedure.output(viewerSchema).query(({ ctx }) => authService.getViewer(ctx.session)),

  signIn: publicProcedure
    .input(signInInput)
    .output(signInOutput)
    .mutation(async ({ ctx, input }) => {
      const issued = await authService.signIn(input, { ip: ctx.ip, userAgent: ctx.userAgent }, ctx.guestCartToken);
      for (const cookie of sessionCookies(issued)) ctx.resHeaders?.append("set-cookie", cookie);
      // The guest cart was merged into the account's: forget it.
      if (ctx.guestCartToken)
        ctx.resHeaders?.append("set-cookie", serializeCookie(GUEST_CART_COOKIE, "", { maxAgeSeconds: 0 }));
      return { user: issued.user, cartLinesLeftOut: issued.cartLinesLeftOut };
    }),

  signUp: publicProcedure
    .input(signUpInput)
    .output(acceptedOutput)
    .mutation(async ({ ctx, input }) => {
      await authService.signUp(input, { ip: ctx.ip, userAgent: ctx.userAgent });
      return { accepted: true as const };
    }),

  verifyEmail: publicProcedure
    .input(verifyEmailInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      await authService.verifyEmail(input.token, { ip: ctx.ip, userAgent: ctx.userAgent });
      return { ok: true as const };
    }),

  requestPasswordReset: publicProcedure
    .input(requestPasswordResetInput)
    .output(acceptedOutput)
    .mutation(async ({ ctx, input }) => {
      await authService.requestPasswordReset(input.email, { ip: ctx.ip, userAgent: ctx.userAgent }, input.next);
      return { accepted: true as const };
    }),

  resetPassword: publicProcedure
    .input(resetPasswordInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      await authService.resetPassword(input, { ip: ctx.ip, userAgent: ctx.userAgent });
      return { ok: true as const };
    }),
});
