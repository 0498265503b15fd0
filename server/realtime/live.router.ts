// The live subscriptions (tRPC over Server-Sent Events), one per tab per audience. Durable
// events go out as tracked(streamId, event): the client's link keeps the last id and sends it
// when it reconnects, and the stream replays from there. Ephemeral ones go out bare.
// What the client receives is `{ id, data: event }` for a durable event, the event itself for
// an ephemeral one.
import "server-only";
import { TRPCError, tracked } from "@trpc/server";
import { domainErrorStatus, isDomainError } from "../lib/errors";
import { logger } from "../lib/logger";
import { createTRPCRouter, customerProcedure, adminProcedure, publicProcedure } from "../trpc/init";
import type { LiveItem } from "./live-stream";
import { liveProductInput, liveResumeInput, type LiveStreamEvent } from "./live.schema";
import * as liveService from "./live.service";

// Errors thrown while a subscription streams do not pass the domain-error middleware (it saw
// the generator returned, not run), so they are mapped here.
function asTRPCError(error: unknown, path: string): unknown {
  if (isDomainError(error))
    return new TRPCError({ code: domainErrorStatus[error.code], message: error.message, cause: error });
  if (!(error instanceof TRPCError)) logger.error({ err: error, path }, "live stream failed");
  return error;
}

async function* asSubscription(path: string, items: AsyncGenerator<LiveItem, void>) {
  try {
    for await (const { id, event } of items) {
      // Checked against the event schemas when published (publish.ts), not again per listener.
      const typed = event as LiveStreamEvent;
      yield id ? tracked(id, typed) : typed;
    }
  } catch (error) {
    throw asTRPCError(error, path);
  }
}

export const liveRouter = createTRPCRouter({
  me: customerProcedure
    .input(liveResumeInput)
    .subscription(({ ctx, input, signal }) =>
      asSubscription(
        "live.me",
        liveService.streamForShopper(ctx.session, { lastEventId: input.lastEventId ?? null, signal }),
      ),
    ),
  admin: adminProcedure
    .input(liveResumeInput)
    .subscription(({ ctx, input, signal }) =>
      asSubscription(
        "live.admin",
        liveService.streamForStaff(ctx.session, { lastEventId: input.lastEventId ?? null, signal }),
      ),
    ),
  product: publicProcedure
    .input(liveProductInput)
    .subscription(({ input, signal }) =>
      asSubscription("live.product", liveService.streamForProduct(input.productId, signal)),
    ),
});
