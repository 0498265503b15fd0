// The two tRPC rows of bench/realtime.bench.ts: the same tRPC 11 instance (superjson, as the
// app's) served by the standalone node:http adapter, one `events` subscription yielding
// tracked(id, event); only what feeds the subscription differs.
// - stock: tRPC's documented pattern, one EventEmitter and `on(ee, "event", { signal })` per
//   subscriber (each iterator buffers without bound).
// - shopfront: the app's live stream (server/realtime/live-stream.ts) on the staff channel:
//   the process's one Redis subscriber, the hub's rooms, a bounded ClientQueue per client, the
//   app's SSE options (ping, bounded stream life); broadcasts go through publishDurable
//   (XADD + PUBLISH + dedupe marker in one script) to a real Redis and back.
import { EventEmitter, on } from "node:events";
import { initTRPC, tracked } from "@trpc/server";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import superjson from "superjson";
import type { DurableLiveEvent } from "../../server/realtime/live-event.schema";
import type { LIVE_SSE_OPTIONS } from "../../server/realtime/live-limits";
import type { FanOut } from "./realtime-fan-out";

function serve(
  subscribe: (signal: AbortSignal | undefined) => AsyncIterable<unknown>,
  options: { sse?: typeof LIVE_SSE_OPTIONS } = {},
) {
  const t = initTRPC.create({ transformer: superjson, ...options });
  const router = t.router({ events: t.procedure.subscription(({ signal }) => subscribe(signal)) });
  const handler = createHTTPHandler({ router });
  return (req: Parameters<FanOut["handle"]>[0], res: Parameters<FanOut["handle"]>[1]) => {
    // The bench's clients ask for /events; the adapter names the procedure by path.
    if (req.url === "/events") req.url = "/events?input=%7B%7D";
    return handler(req, res);
  };
}

export function stockTrpcHandler(): FanOut {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  async function* events(signal: AbortSignal | undefined) {
    for await (const [event, id] of on(emitter, "event", { signal }) as AsyncIterable<[DurableLiveEvent, number]>)
      yield tracked(String(id), event);
  }
  return {
    handle: serve(events),
    broadcast: (event, seq) => {
      emitter.emit("event", event, seq);
      return undefined;
    },
  };
}

export async function shopfrontTrpcHandler(): Promise<FanOut> {
  // Loaded here so the other rows never load the app (its env is set by the bench).
  const { openLiveStream } = await import("../../server/realtime/live-stream");
  const { publishDurable } = await import("../../server/realtime/publish");
  const { liveChannels } = await import("../../server/realtime/live-event.schema");
  const limits = await import("../../server/realtime/live-limits");
  // As live.router.ts's asSubscription: durable items tracked, ephemeral ones bare.
  async function* events(signal: AbortSignal | undefined) {
    const stream = openLiveStream({ channel: liveChannels.staff, lastEventId: null, signal, durable: true });
    for await (const { id, event } of stream) yield id ? tracked(id, event) : event;
  }
  // The clients' sequence numbers restart with each client set; dedupe keys must not.
  let published = 0;
  return {
    handle: serve(events, { sse: limits.LIVE_SSE_OPTIONS }),
    broadcast: (event) =>
      publishDurable(liveChannels.staff, event, { dedupeKey: `bench-${process.pid}-${++published}` }),
  };
}
