// The stock tRPC row of bench/realtime.bench.ts: tRPC 11 (superjson, as the app's) served by
// the standalone node:http adapter, one `events` subscription yielding tracked(id, event) in
// tRPC's documented pattern, one EventEmitter and `on(ee, "event", { signal })` per subscriber
// (each iterator buffers without bound).
import { EventEmitter, on } from "node:events";
import { initTRPC, tracked } from "@trpc/server";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import superjson from "superjson";
import type { DurableLiveEvent } from "../../server/realtime/live-event.schema";
import type { FanOut } from "./realtime-fan-out";

function serve(subscribe: (signal: AbortSignal | undefined) => AsyncIterable<unknown>) {
  const t = initTRPC.create({ transformer: superjson });
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
