// Rate limits of the support chat, per signed-in user. A person types a handful of messages a
// minute; more is a script. When Redis is down each instance keeps limiting on its own
// (fallback-memory): a Redis outage should not silence the shop's support.
import "server-only";
import { redis } from "../redis";
import { createRateLimiter } from "../lib/rate-limit";

export const MESSAGES_PER_MINUTE = 20;
// Clients send a typing signal at most every few seconds while the person types.
export const TYPING_SIGNALS_PER_MINUTE = 60;

export const supportLimits = {
  messagesByUser: createRateLimiter(
    { name: "support-message", points: MESSAGES_PER_MINUTE, durationSeconds: 60, whenStoreDown: "fallback-memory" },
    redis,
  ),
  typingByUser: createRateLimiter(
    {
      name: "support-typing",
      points: TYPING_SIGNALS_PER_MINUTE,
      durationSeconds: 60,
      whenStoreDown: "fallback-memory",
    },
    redis,
  ),
};
