// Times every procedure call and labels it with its outcome: "ok", the domain code
// (OUT_OF_STOCK, ...) or the tRPC code. Outermost, so it sees what the client got.
import "server-only";
import { isDomainError } from "../../lib/errors";
import { metrics } from "../../lib/metrics";
import { t } from "../core";

export const recordProcedure = t.middleware(async ({ path, type, next }) => {
  const stop = metrics.procedureDuration.startTimer({ procedure: path, type });
  const result = await next();
  stop({ outcome: result.ok ? "ok" : isDomainError(result.error.cause) ? result.error.cause.code : result.error.code });
  return result;
});
