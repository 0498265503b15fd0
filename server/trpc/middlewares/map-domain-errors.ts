// Maps DomainError codes to tRPC codes. next() does not throw: failures come back as a result.
import "server-only";
import { TRPCError } from "@trpc/server";
import { domainErrorStatus, isDomainError } from "../../lib/errors";
import { logger } from "../../lib/logger";
import { outageErrorFor } from "../../lib/outage-error";
import { t } from "../core";

export const mapDomainErrors = t.middleware(async ({ ctx, path, next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = outageErrorFor(result.error.cause) ?? result.error.cause;
  if (isDomainError(cause)) {
    throw new TRPCError({ code: domainErrorStatus[cause.code], message: cause.message, cause });
  }
  if (result.error.code === "INTERNAL_SERVER_ERROR") {
    logger.error({ err: cause ?? result.error, path, requestId: ctx.requestId }, "procedure failed");
  }
  return result;
});
