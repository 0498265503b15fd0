// "We're online": staff count as online while a dashboard tab of theirs holds a live.admin
// stream, on any instance. Each open stream keeps a member in one Redis sorted set, scored by
// when it lapses unless renewed; a crashed instance's members lapse by themselves.
import "server-only";
import { randomUUID } from "node:crypto";
import { redis } from "../redis";

const PRESENCE_KEY = "live:presence:staff";
const RENEW_EVERY_MS = 20_000;
const LAPSES_AFTER_MS = 45_000;

// Marks one staff stream present until `end` is called (or the process dies).
export function holdStaffPresence(): { end: () => void } {
  if (!redis) return { end: () => {} };
  const client = redis;
  const member = randomUUID();
  const renew = () => client.zadd(PRESENCE_KEY, Date.now() + LAPSES_AFTER_MS, member).catch(() => undefined);
  void renew();
  const timer = setInterval(() => void renew(), RENEW_EVERY_MS);
  return {
    end: () => {
      clearInterval(timer);
      void client.zrem(PRESENCE_KEY, member).catch(() => undefined);
    },
  };
}

// Without Redis nobody can be seen online; an unreachable Redis says the same.
export async function staffOnline(now = Date.now()): Promise<boolean> {
  if (!redis) return false;
  const live = await redis.zcount(PRESENCE_KEY, now, "+inf").catch(() => 0);
  // Lapsed members go now and then; the count above ignores them anyway.
  void redis.zremrangebyscore(PRESENCE_KEY, "-inf", now).catch(() => undefined);
  return live > 0;
}
