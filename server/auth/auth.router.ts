import "server-only";
import { z } from "zod";
import { env } from "../env";
import { createTRPCRouter, customerProcedure, publicProcedure } from "../trpc/init";
import { ACCESS_COOKIE, SESSION_COOKIE, clearCookie, serializeCookie } from "./cookies";
import { signInInput, signInOutput, viewerSchema } from "./auth.schema";
import * as authService from "./auth.service";

export const authRouter = createTRPCRouter({
  viewer: publicProcedure.output(viewerSchema).query(({ ctx }) => authService.getViewer(ctx.session)),

  signIn: publicProcedure
    .input(signInInput)
    .output(signInOutput)
    .mutation(async ({ ctx, input }) => {
      const issued = await authService.signIn(input, { ip: ctx.ip, userAgent: ctx.userAgent });
      const sessionSeconds = Math.floor((issued.sessionExpiresAt.getTime() - Date.now()) / 1000);
      ctx.resHeaders?.append("set-cookie", serializeCookie(ACCESS_COOKIE, issued.accessToken, { maxAgeSeconds: env.ACCESS_TOKEN_TTL_SECONDS }));
      ctx.resHeaders?.append("set-cookie", serializeCookie(SESSION_COOKIE, issued.refreshToken, { maxAgeSeconds: sessionSeconds }));
      return { user: issued.user };
    }),

  signOut: customerProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    await authService.signOut(ctx.session);
    ctx.resHeaders?.append("set-cookie", clearCookie(ACCESS_COOKIE));
    ctx.resHeaders?.append("set-cookie", clearCookie(SESSION_COOKIE));
    return { ok: true as const };
  }),
});
