// Replay from a Last-Event-ID: the durable events a reconnecting client missed, read from its
// channel's Redis Stream. When the Stream can no longer say what was missed, the answer is
// "resync" (the client refetches its queries): the id is older than the oldest entry kept
// (trimmed by MAXLEN), or the Stream has no such entry (Redis lost its data, or the id was
// never one of ours).
import "server-only";
import { redis } from "../redis";
import { type LiveMessage, streamKey } from "./live-keys";

export type DurableMessage = { id: string; event: unknown };

const STREAM_ID = /^(\d+)-(\d+)$/;

export function isStreamId(id: string): boolean {
  return STREAM_ID.test(id);
}

// Stream ids are "<ms>-<seq>": compared as numbers, not strings ("9-0" < "10-0").
export function compareStreamIds(a: string, b: string): number {
  const [, aMs = "0", aSeq = "0"] = STREAM_ID.exec(a) ?? [];
  const [, bMs = "0", bSeq = "0"] = STREAM_ID.exec(b) ?? [];
  const byMs = BigInt(aMs) - BigInt(bMs);
  if (byMs !== 0n) return byMs < 0n ? -1 : 1;
  const bySeq = BigInt(aSeq) - BigInt(bSeq);
  return bySeq === 0n ? 0 : bySeq < 0n ? -1 : 1;
}

function toMessage([id, fields]: [string, string[]]): DurableMessage {
  const json = fields[fields.indexOf("e") + 1] ?? "null";
  return { id, event: JSON.parse(json) as unknown };
}

export type Replay = { kind: "replay"; messages: DurableMessage[] } | { kind: "resync"; latestId: string | null };

// Everything after `lastEventId`, or a resync that says where the Stream now ends (the client
// continues from there once it has refetched). Reads from the id itself (inclusive): finding
// it proves nothing between it and the next entry was trimmed away.
export async function readSince(channel: string, lastEventId: string): Promise<Replay> {
  if (!redis) return { kind: "resync", latestId: null };
  if (isStreamId(lastEventId)) {
    const [first, ...rest] = await redis.xrange(streamKey(channel), lastEventId, "+");
    if (first?.[0] === lastEventId) return { kind: "replay", messages: rest.map(toMessage) };
    // Empty when the client connected, and still: nothing was missed. Entries since cannot be
    // told from ones trimmed away, so those mean a resync.
    if (lastEventId === EMPTY_STREAM_ID && !first) return { kind: "replay", messages: [] };
  }
  return { kind: "resync", latestId: await latestStreamId(channel) };
}

// Where a channel's Stream ends: its newest entry's id, null when it has none.
async function latestStreamId(channel: string): Promise<string | null> {
  const [latest] = (await redis?.xrevrange(streamKey(channel), "+", "-", "COUNT", 1)) ?? [];
  return latest?.[0] ?? null;
}

// The resume point of a client that connected while its channel's Stream was empty.
export const EMPTY_STREAM_ID = "0-0";

// Where a new stream starts: the client resumes from here if it is cut off before any event.
export async function resumePoint(channel: string): Promise<string> {
  return (await latestStreamId(channel)) ?? EMPTY_STREAM_ID;
}

export function isDurable(message: LiveMessage): message is DurableMessage {
  return typeof message.id === "string";
}
