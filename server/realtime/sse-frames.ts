// tRPC's Server-Sent Events wire format (what its httpSubscriptionLink reads), as bytes. The
// live streams write it themselves (live-sse.ts says why); live-sse.test.ts compares what
// they write with tRPC's own producer, so an upgrade that changes the format fails there, not
// in browsers.
import "server-only";
import { isTrackedEnvelope } from "@trpc/server/unstable-core-do-not-import";
import superjson from "superjson";

const encoder = new TextEncoder();
const frame = (lines: string) => encoder.encode(`${lines}\n\n`);

export const PING_FRAME = frame("event: ping\ndata: \n");
export const RETURN_FRAME = frame("event: return\ndata: \n");

export function connectedFrame(client: object): Uint8Array {
  return frame(`event: connected\ndata: ${JSON.stringify(client)}\n`);
}

export function errorFrame(shape: unknown): Uint8Array {
  return frame(`event: serialized-error\ndata: ${JSON.stringify(superjson.serialize(shape))}\n`);
}

// A durable event reaches every listener of its channel as the same object (the hub parses a
// message once): its frame is serialized and encoded once, not once per listener.
const trackedFrames = new WeakMap<object, { id: string; bytes: Uint8Array }>();

function trackedFrame(id: string, data: unknown): Uint8Array {
  const cacheable = typeof data === "object" && data !== null;
  const cached = cacheable ? trackedFrames.get(data) : undefined;
  if (cached?.id === id) return cached.bytes;
  const bytes = frame(`data: ${JSON.stringify(superjson.serialize(data))}\nid: ${id}\n`);
  if (cacheable) trackedFrames.set(data, { id, bytes });
  return bytes;
}

// Frames for one item of a subscription, and the stream's last event id after it. An untracked
// item after a tracked one carries an empty id, which clears the browser's last event id, so
// tRPC follows it with a `restore-id` event that sets it back.
export function itemFrames(
  item: unknown,
  lastEventId: string | null,
): { frames: Uint8Array[]; lastEventId: string | null } {
  if (isTrackedEnvelope(item)) {
    const [id, data] = item;
    return { frames: [trackedFrame(id, data)], lastEventId: id };
  }
  const data = JSON.stringify(superjson.serialize(item));
  if (lastEventId === null) return { frames: [frame(`data: ${data}\n`)], lastEventId };
  return {
    frames: [frame(`data: ${data}\nid: \n`), frame(`event: restore-id\ndata: \nid: ${lastEventId}\n`)],
    lastEventId,
  };
}
