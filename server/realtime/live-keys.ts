// Redis names of a live channel: the Pub/Sub channel every instance's subscriber listens on,
// and the Stream that keeps its durable events for replay.
import "server-only";

export const pubSubChannel = (channel: string) => `live:${channel}`;
export const streamKey = (channel: string) => `live:stream:${channel}`;
export const dedupeKey = (key: string) => `live:dedupe:${key}`;

// About this many durable events are kept per channel (XADD MAXLEN ~): a client away for
// longer than that gets a resync instead of a replay.
export const STREAM_MAX_LENGTH = 1_000;

// What travels on Pub/Sub: the stream id for durable events (the client's Last-Event-ID),
// none for ephemeral ones.
export type LiveMessage = { id: string | null; event: unknown };
