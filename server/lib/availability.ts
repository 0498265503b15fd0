// Whether PostgreSQL could not be reached just now. The app notes each such failure
// (isDatabaseUnavailable in prisma-errors.ts); the production server (server/runtime) then
// answers a page that failed with 503 and Retry-After instead of 500: an outage is "come back
// shortly", not a bug. State on globalThis, shared by both bundles in one process.
import "server-only";

export const OUTAGE_RETRY_AFTER_SECONDS = 5;
const WINDOW_MS = OUTAGE_RETRY_AFTER_SECONDS * 1000;

const globalForAvailability = globalThis as unknown as { shopfrontDatabaseDownAt?: number };

export function noteDatabaseUnavailable(): void {
  globalForAvailability.shopfrontDatabaseDownAt = Date.now();
}

export function databaseRecentlyUnavailable(now = Date.now()): boolean {
  const at = globalForAvailability.shopfrontDatabaseDownAt;
  return at !== undefined && now - at < WINDOW_MS;
}
