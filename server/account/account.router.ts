import "server-only";
import { clearedSessionCookies } from "../auth/cookies";
import { okOutput } from "../auth/auth.schema";
import { createTRPCRouter, customerProcedure } from "../trpc/init";
import {
  changePasswordInput,
  profileSchema,
  revokeSessionInput,
  revokedCountOutput,
  sessionSummarySchema,
  updateProfileInput,
} from "./account.schema";
import * as accountService from "./account.service";
import { z } from "../lib/zod";

export const accountRouter = createTRPCRouter({
  get: customerProcedure.output(profileSchema).query(({ ctx }) => accountService.getProfile(ctx.session)),

  updateProfile: customerProcedure
    .input(updateProfileInput)
    .output(profileSchema)
    .mutation(({ ctx, input }) => accountService.updateProfile(ctx.session, input)),

  changePassword: customerProcedure
    .input(changePasswordInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      await accountService.changePassword(ctx.session, input);
      return { ok: true as const };
    }),

  listSessions: customerProcedure
    .output(z.array(sessionSummarySchema))
    .query(({ ctx }) => accountService.listSessions(ctx.session)),

  revokeSession: customerProcedure
    .input(revokeSessionInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      const { endedCurrent } = await accountService.revokeSession(ctx.session, input.id);
      if (endedCurrent) for (const cookie of clearedSessionCookies()) ctx.resHeaders?.append("set-cookie", cookie);
      return { ok: true as const };
    }),

  revokeOtherSessions: customerProcedure
    .output(revokedCountOutput)
    .mutation(async ({ ctx }) => ({ revoked: await accountService.revokeOtherSessions(ctx.session) })),

  signOutEverywhere: customerProcedure.output(revokedCountOutput).mutation(async ({ ctx }) => {
    const revoked = await accountService.revokeAllSessions(ctx.session);
    for (const cookie of clearedSessionCookies()) ctx.resHeaders?.append("set-cookie", cookie);
    return { revoked };
  }),

  resendVerification: customerProcedure.output(okOutput).mutation(async ({ ctx }) => {
    await accountService.resendVerification(ctx.session);
    return { ok: true as const };
  }),
});
