// Publishing to live channels. Durable events go into the channel's Redis Stream and out on
// Pub/Sub in one script, so the stream id a subscriber receives is the one it can replay
// from; the dedupe key makes a retried outbox job publish once. Without Redis (REDIS_URL
// unset) live updates are off and publishing does nothing: pages still show the truth on load.
import "server-only";
import { redis } from "../redis";
import {
  type DurableLiveEvent,
  durableLiveEventSchema,
  type EphemeralLiveEvent,
  ephemeralLiveEventSchema,
} from "./live-event.schema";
import { dedupeKey, type LiveMessage, pubSubChannel, STREAM_MAX_LENGTH, streamKey } from "./live-keys";

// KEYS: stream, dedupe marker; ARGV: pub/sub channel, event JSON, max length, dedupe TTL s.
// Returns the new stream id, or the id published the first time for a repeated dedupe key.
const PUBLISH_DURABLE = `
local seen = redis.call('GET', KEYS[2])
if seen then return seen end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[3], '*', 'e', ARGV[2])
redis.call('PUBLISH', ARGV[1], '{"id":"' .. id .. '","event":' .. ARGV[2] .. '}')
redis.call('SET', KEYS[2], id, 'EX', ARGV[4])
return id`;

const DEDUPE_TTL_SECONDS = 24 * 60 * 60;

export async function publishDurable(
  channel: string,
  event: DurableLiveEvent,
  options: { dedupeKey: string },
): Promise<string | null> {
  if (!redis) return null;
  const json = JSON.stringify(durableLiveEventSchema.parse(event));
  const id = await redis.eval(
    PUBLISH_DURABLE,
    2,
    streamKey(channel),
    dedupeKey(options.dedupeKey),
    pubSubChannel(redis, channel),
    json,
    STREAM_MAX_LENGTH,
    DEDUPE_TTL_SECONDS,
  );
  return String(id);
}

// Fire and forget: an ephemeral event lost to a Redis hiccup is not worth failing a request for.
export async function publishEphemeral(channel: string, event: EphemeralLiveEvent): Promise<void> {
  if (!redis) return;
  const message: LiveMessage = { id: null, event: ephemeralLiveEventSchema.parse(event) };
  await redis.publish(pubSubChannel(redis, channel), JSON.stringify(message)).catch(() => undefined);
}
