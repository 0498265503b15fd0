// A rate-limited procedure answers 429 with Retry-After (seconds), taken from the DomainError.
import "server-only";
import type { TRPCError } from "@trpc/server";
import { isDomainError } from "../lib/errors";

export function retryAfterHeader(errors: TRPCError[]): string | null {
  const seconds = errors
    .map((error) => (isDomainError(error.cause) ? error.cause.details?.retryAfterSeconds : undefined))
    .filter((value): value is number => typeof value === "number");
  return seconds.length > 0 ? String(Math.max(...seconds)) : null;
}
