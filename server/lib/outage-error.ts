// The error every layer answers with while PostgreSQL cannot be reached: 503 with Retry-After.
import "server-only";
import { OUTAGE_RETRY_AFTER_SECONDS, noteDatabaseUnavailable } from "./availability";
import { DomainError } from "./errors";
import { isDatabaseUnavailable } from "./prisma-errors";

export function outageErrorFor(error: unknown): DomainError | null {
  if (!isDatabaseUnavailable(error)) return null;
  noteDatabaseUnavailable();
  return new DomainError("SERVICE_UNAVAILABLE", "The shop is briefly unavailable. Please try again in a few seconds.", {
    retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
  });
}
