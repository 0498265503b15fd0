// Redis names of a live channel: the Pub/Sub channel every instance's subscriber listens on,
// and the Stream that keeps its durable events for replay.
import "server-only";
import type { Redis } from "ioredis";

// Named for the database of the client that publishes or subscribes: unlike keys, Pub/Sub
// channels are shared by every database of a Redis server, so two shops (or a shop's staging
// and production) on one server, each on its own database, would otherwise hear each other's
// live events, orders and support messages included.
export const pubSubChannel = (client: Redis, channel: string) => `live:${client.options.db ?? 0}:${channel}`;
export const streamKey = (channel: string) => `live:stream:${channel}`;
export const dedupeKey = (key: string) => `live:dedupe:${key}`;

// About this many durable events are kept per channel (XADD MAXLEN ~): a client away for
// longer than that gets a resync instead of a replay.
export const STREAM_MAX_LENGTH = 1_000;

// What travels on Pub/Sub: the stream id for durable events (the client's Last-Event-ID),
// none for ephemeral ones.
export type LiveMessage = { id: string | null; event: unknown };
