// The tRPC instance: transformer and error shape. Procedures are built in ./init.ts.
import "server-only";
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "../lib/zod";
import { isDomainError } from "../lib/errors";
import { env } from "../env";
import type { Context } from "./context";
import { LIVE_SSE_OPTIONS } from "../realtime/live-limits";

export const t = initTRPC.context<Context>().create({
  transformer: superjson,
  isDev: env.NODE_ENV !== "production",
  // Live subscriptions (Server-Sent Events): keep-alives, and a bounded life (live-limits.ts).
  sse: LIVE_SSE_OPTIONS,
  errorFormatter({ shape, error, ctx }) {
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      // Production says nothing about SQL, stacks or paths for internal errors.
      message: internal && env.NODE_ENV === "production" ? "Internal server error" : shape.message,
      data: {
        ...shape.data,
        // Lets a user or support quote the id that every log line of this request carries.
        requestId: ctx?.requestId ?? null,
        domainCode: isDomainError(error.cause) ? error.cause.code : null,
        zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});
