// A failure that repeats on every request while a dependency is down (Redis, say) is logged
// with its error the first time, then at most once per interval with how many were left out:
// under load a stack trace per request buried every other line (26,000 lines in a 20 s Redis
// outage, BENCHMARKS.md).
import "server-only";
import { logger } from "./logger";

export function throttledLog(level: "warn" | "error", message: string, intervalMs = 30_000) {
  let loggedAt = Number.NEGATIVE_INFINITY;
  let leftOut = 0;
  return (fields: Record<string, unknown>, now = Date.now()): void => {
    if (now - loggedAt < intervalMs) {
      leftOut += 1;
      return;
    }
    logger[level](leftOut > 0 ? { ...fields, leftOut } : fields, message);
    loggedAt = now;
    leftOut = 0;
  };
}
