// A live subscription's items sent as Server-Sent Events in tRPC's wire format, to a node
// response (the production server) or as a web Response (Next.js's route, on Vercel and
// `next start`). tRPC's own producer passes every event of every stream through four web
// streams and serializes it once per listener: at a thousand open streams that was 15× a bare
// SSE server's memory per stream and under 4% of its delivery rate (BENCHMARKS.md, "Realtime
// fan-out"; docs/decisions/044). Here one loop per stream writes frames encoded once per event
// (sse-frames.ts). Same behaviour as tRPC's: a `connected` event with the client options,
// pings while quiet, the stream ended (not failed) at maxDurationMs so the browser reconnects
// with its last event id, `return` when the subscription ends, `serialized-error` when it fails.
import "server-only";
import type { ServerResponse } from "node:http";
import {
  getTRPCErrorFromUnknown,
  isAbortError,
  sseHeaders,
  type TRPCError,
} from "@trpc/server/unstable-core-do-not-import";
import { PING_FRAME, RETURN_FRAME, connectedFrame, errorFrame, itemFrames } from "./sse-frames";

export type LiveSseOptions = {
  maxDurationMs: number;
  ping: { intervalMs: number };
  client: { reconnectAfterInactivityMs: number };
};

export type LiveSseStream = {
  // The subscription's items (a subscription that could not start throws its error from them).
  items: AsyncIterable<unknown>;
  lastEventId: string | null;
  // Aborted when the stream ends for any reason: the subscription stops.
  abort: AbortController;
  // The error's shape as the client receives it (tRPC's error formatter).
  formatError: (error: TRPCError) => unknown;
};

// Where the frames go. `write` answers false when the client is behind: the loop then waits
// for `drained` before taking the next item (a slow client's backlog stays in its bounded
// ClientQueue, not here).
type Sink = { write: (bytes: Uint8Array) => boolean; drained: () => Promise<void>; end: () => void };

function pump(stream: LiveSseStream, options: LiveSseOptions, sink: Sink): { stop: () => void } {
  const { abort } = stream;
  const iterator = stream.items[Symbol.asyncIterator]();
  // Resumed only from a clean id (tRPC's rule): an id with a line break would split a frame.
  let lastEventId = stream.lastEventId && !/[\0\n\r]/.test(stream.lastEventId) ? stream.lastEventId : null;
  let lastSentAt = 0;
  let finished = false;
  const send = (bytes: Uint8Array) => {
    lastSentAt = Date.now();
    return sink.write(bytes);
  };
  // Checked at half the interval, so a quiet stream hears a ping at most intervalMs apart.
  const half = options.ping.intervalMs / 2;
  const pinger = setInterval(() => Date.now() - lastSentAt >= half && send(PING_FRAME), half);
  const ender = setTimeout(() => finish(), options.maxDurationMs);
  function finish(last?: Uint8Array, { endSink = true } = {}) {
    if (finished) return;
    finished = true;
    clearInterval(pinger);
    clearTimeout(ender);
    abort.abort();
    void iterator.return?.().catch(() => undefined);
    if (last) sink.write(last);
    if (endSink) sink.end();
  }

  send(connectedFrame(options.client));
  void (async () => {
    try {
      while (!finished) {
        const next = await iterator.next();
        if (finished) return;
        if (next.done) return finish(RETURN_FRAME);
        const sent = itemFrames(next.value, lastEventId);
        lastEventId = sent.lastEventId;
        let ready = true;
        for (const bytes of sent.frames) ready = send(bytes);
        if (!ready) await sink.drained();
      }
    } catch (cause) {
      if (isAbortError(cause) || abort.signal.aborted) return finish();
      finish(errorFrame(stream.formatError(getTRPCErrorFromUnknown(cause))));
    }
  })();
  // The client left: nothing more to send.
  return { stop: () => finish(undefined, { endSink: false }) };
}

export function writeLiveSse(
  stream: LiveSseStream,
  options: LiveSseOptions,
  res: ServerResponse,
  headers: Record<string, string>,
): void {
  res.writeHead(200, { ...sseHeaders, ...headers });
  const { stop } = pump(stream, options, {
    write: (bytes) => res.write(bytes),
    drained: () =>
      new Promise((resolve) => {
        res.once("drain", resolve);
        res.once("close", resolve);
      }),
    end: () => res.end(),
  });
  // The client may have left while the subscription was starting.
  if (res.destroyed || !res.socket || res.socket.destroyed) stop();
  else res.once("close", stop);
}

export function liveSseResponse(stream: LiveSseStream, options: LiveSseOptions, headers: Headers): Response {
  for (const [name, value] of Object.entries(sseHeaders)) if (!headers.has(name)) headers.set(name, value);
  let stop = () => {};
  let pulled = () => {};
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        stop = pump(stream, options, {
          write: (bytes) => {
            controller.enqueue(bytes);
            return (controller.desiredSize ?? 0) > 0;
          },
          drained: () => new Promise((resolve) => (pulled = resolve)),
          end: () => controller.close(),
        }).stop;
      },
      pull() {
        pulled();
      },
      cancel() {
        stop();
        pulled();
      },
    },
    { highWaterMark: 2 },
  );
  return new Response(body, { status: 200, headers });
}
