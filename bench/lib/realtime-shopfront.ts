// The shopfront row of bench/realtime.bench.ts: what the production server sends for GET
// /api/trpc/live.admin once its procedure has started (server/trpc/live-route.ts's node route):
// the app's live stream on the staff channel (the process's one Redis subscriber, the hub's
// rooms, a bounded ClientQueue per client) written to the node response by the app's SSE writer
// with its options (pings, bounded stream life). Broadcasts go through publishDurable (XADD +
// PUBLISH + dedupe marker in one script) to a real Redis and back.
import { tracked } from "@trpc/server";
import type { FanOut } from "./realtime-fan-out";

export async function shopfrontHandler(): Promise<FanOut> {
  // Loaded here so the other rows never load the app (its env is set by the bench).
  const { openLiveStream } = await import("../../server/realtime/live-stream");
  const { writeLiveSse } = await import("../../server/realtime/live-sse");
  const { publishDurable } = await import("../../server/realtime/publish");
  const { liveChannels } = await import("../../server/realtime/live-event.schema");
  const { LIVE_SSE_OPTIONS } = await import("../../server/realtime/live-limits");
  // As live.router.ts's asSubscription: durable items tracked, ephemeral ones bare.
  async function* events(signal: AbortSignal) {
    const stream = openLiveStream({ channel: liveChannels.staff, lastEventId: null, signal, durable: true });
    for await (const { id, event } of stream) yield id ? tracked(id, event) : event;
  }
  // The clients' sequence numbers restart with each client set; dedupe keys must not.
  let published = 0;
  return {
    handle: (_req, res) => {
      const abort = new AbortController();
      const stream = { items: events(abort.signal), lastEventId: null, abort, formatError: (error: unknown) => error };
      writeLiveSse(stream, LIVE_SSE_OPTIONS, res, {});
    },
    broadcast: (event) =>
      publishDurable(liveChannels.staff, event, { dedupeKey: `bench-${process.pid}-${++published}` }),
  };
}
