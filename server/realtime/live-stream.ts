// One open live stream: listens on its channel through the hub, replays what the client missed
// (or tells it to resync), then passes on what arrives, each durable event once. It ends when
// the client leaves (quietly), or with an error: retryable when the client should reconnect
// (shutdown, fell behind, Redis trouble), UNAUTHORIZED when its session no longer stands.
//
// Order matters at the start: the hub confirms the subscription BEFORE the Stream is read, so
// an event published in between arrives on Pub/Sub as well as in the replay, and is dropped
// the second time by its stream id. Reading first would lose it.
import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { isDraining } from "../lib/lifecycle";
import { ClientQueue } from "./client-queue";
import { liveHub } from "./hub";
import type { LiveMessage } from "./live-keys";
import { retryableEnd, trackOpenStream } from "./open-streams";
import { compareStreamIds, isDurable, readSince, resumePoint } from "./stream-replay";

// What a stream yields: a stream id with durable events, none with ephemeral ones.
export type LiveItem = { id: string | null; event: unknown };
export const RESYNC_EVENT = { type: "resync" } as const;
export const READY_EVENT = { type: "ready" } as const;

// Messages waiting for one client before it counts as too slow: a burst of a few hundred
// events is absorbed; a client that stopped reading is dropped after that.
export const CLIENT_QUEUE_CAPACITY = 256;
// How often an open stream asks whether its session still stands (well inside the access
// token's lifetime, after which the stream reconnects with a fresh context anyway).
export const SESSION_RECHECK_MS = 30_000;

type Pending = { kind: "message"; message: LiveMessage } | { kind: "catch-up" };

export type LiveStreamOptions = {
  channel: string;
  lastEventId: string | null;
  signal: AbortSignal | undefined;
  // Durable channels replay from a Stream; product channels carry ephemeral ticks only.
  durable: boolean;
  // At most one item per this many ms, the newest one (stock ticks).
  coalesceMs?: number;
  // For ephemeral values that replace each other (a stock level): an event whose version is not
  // above the newest already passed on is dropped, however late it arrives.
  versionOf?: (event: unknown) => number;
  // Throws (a DomainError) when the viewer may no longer listen: the stream ends with it.
  recheck?: () => Promise<void>;
};

export async function* openLiveStream(options: LiveStreamOptions): AsyncGenerator<LiveItem, void> {
  if (isDraining()) throw retryableEnd("restarting");
  const { channel, durable, signal } = options;
  const queue = new ClientQueue<Pending>({
    capacity: CLIENT_QUEUE_CAPACITY,
    keepLatest: options.coalesceMs !== undefined,
    overflowError: () => retryableEnd("fell-behind"),
  });
  const close = () => queue.close();
  signal?.addEventListener("abort", close, { once: true });
  const untrack = trackOpenStream(queue);
  const { recheck } = options;
  const recheckTimer =
    recheck && setInterval(() => void recheck().catch((error) => queue.fail(error)), SESSION_RECHECK_MS);
  let release = () => {};
  let newestVersion = Number.NEGATIVE_INFINITY;
  try {
    if (signal?.aborted) return;
    if (liveHub) {
      release = await liveHub.listen(channel, {
        deliver: (message) => {
          if (options.versionOf) {
            const version = options.versionOf(message.event);
            if (version <= newestVersion) return;
            newestVersion = version;
          }
          queue.push({ kind: "message", message });
          // Dropped for falling behind: let go of the channel now, not when (if ever) the
          // stalled client reads again.
          if (queue.ended) release();
        },
        resubscribed: () => durable && queue.push({ kind: "catch-up" }),
      });
    }
    let lastSeen: string | null = null;
    const replay = async function* (from: string): AsyncGenerator<LiveItem> {
      const result = await readSince(channel, from);
      if (result.kind === "resync") {
        lastSeen = result.latestId;
        yield { id: result.latestId, event: RESYNC_EVENT };
        return;
      }
      for (const message of result.messages) {
        lastSeen = message.id;
        yield message;
      }
    };
    // Read after subscribing, as the replay is: what arrives meanwhile is passed on (no
    // lastSeen yet, so nothing is dropped as seen).
    if (durable && options.lastEventId) yield* replay(options.lastEventId);
    else if (durable) yield { id: await resumePoint(channel), event: READY_EVENT };
    while (true) {
      const next = await queue.take();
      if (next.done) return;
      if (next.value.kind === "catch-up") {
        // Away from Pub/Sub for a while: read what was appended meanwhile; no id yet means
        // nothing can be told apart, so the client refetches.
        if (lastSeen) yield* replay(lastSeen);
        else yield { id: null, event: RESYNC_EVENT };
        continue;
      }
      const { message } = next.value;
      if (isDurable(message)) {
        if (lastSeen && compareStreamIds(message.id, lastSeen) <= 0) continue;
        lastSeen = message.id;
      }
      yield message;
      if (options.coalesceMs) await sleep(options.coalesceMs, undefined, { signal });
    }
  } catch (error) {
    if (signal?.aborted) return;
    throw error;
  } finally {
    release();
    untrack();
    clearInterval(recheckTimer);
    signal?.removeEventListener("abort", close);
  }
}
