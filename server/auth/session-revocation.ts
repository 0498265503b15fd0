// Revocation markers in Redis: one key per revoked session id, living as long as the access
// tokens it voids. Every request that carries an access token asks Redis (one round trip), so a
// revoked session stops working on every instance at once without a database read per request.
//
// Redis may have lost its data (restart without persistence, failover): a missing marker then
// proves nothing. A "since" key records when this Redis started holding markers; only once a
// whole access-token lifetime has passed since then is "no marker" trusted. Until then, and
// whenever Redis is unavailable, the caller checks the database instead of allowing.
import "server-only";
import { env } from "../env";
import { redis } from "../redis";

const markerKey = (sessionId: string) => `sf:session-revoked:${sessionId}`;
export const REVOCATIONS_SINCE_KEY = "sf:session-revocations:since";
// A marker outlives the last access token of its session, clock skew included.
const markerTtlSeconds = () => env.ACCESS_TOKEN_TTL_SECONDS + 60;

export type RevocationStatus = "revoked" | "live" | "unknown";

// Throws when Redis did not take the markers, so the outbox job that repeats it retries.
export async function markSessionsRevoked(sessionIds: readonly string[]): Promise<void> {
  if (!redis || sessionIds.length === 0) return;
  const pipeline = redis.pipeline();
  for (const id of sessionIds) pipeline.set(markerKey(id), "1", "EX", markerTtlSeconds());
  const results = (await pipeline.exec()) ?? [];
  const failed = results.find(([error]) => error);
  if (failed?.[0]) throw failed[0];
}

export async function revocationStatus(sessionId: string, now = Date.now()): Promise<RevocationStatus> {
  if (!redis) return "unknown";
  try {
    const [marker, since] = await redis.mget(markerKey(sessionId), REVOCATIONS_SINCE_KEY);
    if (marker) return "revoked";
    if (!since) {
      await redis.set(REVOCATIONS_SINCE_KEY, String(now), "NX");
      return "unknown";
    }
    return now - Number(since) >= markerTtlSeconds() * 1000 ? "live" : "unknown";
  } catch {
    return "unknown";
  }
}
