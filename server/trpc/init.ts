// The three base procedures. Each narrows the context: customerProcedure guarantees
// ctx.session; adminProcedure additionally guarantees a live admin session checked in the database.
import "server-only";
import { TRPCError } from "@trpc/server";
import { t } from "./core";
import { mapDomainErrors } from "./middlewares/map-domain-errors";
import { recordProcedure } from "./middlewares/record-procedure";
import { assertLiveSession } from "../auth/session.service";
import type { AdminActor } from "../audit/audit.service";

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(recordProcedure).use(mapDomainErrors);

export const customerProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
  return next({ ctx: { session: ctx.session } });
});

// Checked in the database on every call, so revoking a session, disabling an account or
// demoting a user takes effect at once, not when the access token expires.
// It also names the actor that every admin mutation writes into the audit log.
export const adminProcedure = customerProcedure.use(async ({ ctx, next }) => {
  await assertLiveSession(ctx.session, "ADMIN");
  const actor: AdminActor = {
    userId: ctx.session.userId,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    requestId: ctx.requestId,
  };
  return next({ ctx: { actor } });
});
