// What each server of bench/realtime.bench.ts provides, and the one event they all carry: the
// shop's `order.placed`, with the bench's sequence number in `totalCents` (the clients read
// it back from the frame).
import type http from "node:http";
import type { DurableLiveEvent } from "../../server/realtime/live-event.schema";

export type FanOut = {
  // Serves GET /events: one subscriber's stream.
  handle: http.RequestListener;
  // Resolves once the server has handed the event on (written, emitted or published).
  broadcast: (event: DurableLiveEvent, seq: number) => Promise<unknown> | undefined;
};

export function benchEvent(seq: number): DurableLiveEvent {
  return {
    type: "order.placed",
    orderId: "00000000-0000-4000-8000-000000000000",
    number: `SF-${seq}`,
    totalCents: seq,
    currency: "USD",
  };
}

// How the clients find the sequence number in a frame, whatever wraps the event.
export const SEQ_PATTERN = /"totalCents":(\d+)/g;
