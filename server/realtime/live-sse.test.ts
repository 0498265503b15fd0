// The live streams' own SSE writer against tRPC's producer: for the same items, the same bytes,
// as a web Response and on a node response (so tRPC's client reads them, and a tRPC upgrade
// that changes the format fails here); then what tRPC's producer does besides: pings while
// quiet, an end at maxDurationMs, and a client that leaves stops the subscription.
import { TRPCError, tracked } from "@trpc/server";
import { getTRPCErrorFromUnknown, sseStreamProducer } from "@trpc/server/unstable-core-do-not-import";
import { once } from "node:events";
import http from "node:http";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { type LiveSseOptions, liveSseResponse, writeLiveSse } from "./live-sse";

const CLIENT = { reconnectAfterInactivityMs: 25_000 };
const QUIET: LiveSseOptions = { maxDurationMs: 60_000, ping: { intervalMs: 60_000 }, client: CLIENT };
const formatError = (error: TRPCError) => ({ code: error.code, message: error.message });

async function* scripted(items: unknown[], failWith?: unknown): AsyncGenerator<unknown> {
  for (const item of items) yield item;
  if (failWith) throw failWith;
}

async function tRPCBytes(items: AsyncIterable<unknown>, lastEventId: string | null): Promise<string> {
  const stream = sseStreamProducer({
    data: items,
    lastEventId,
    serialize: (value: unknown) => superjson.serialize(value),
    formatError: ({ error }: { error: unknown }) => formatError(getTRPCErrorFromUnknown(error)),
    client: CLIENT,
    ping: { enabled: false },
  });
  return new Response(stream).text();
}

// The same stream written to a real node response, read back over HTTP.
async function oursOnNode(items: AsyncIterable<unknown>, lastEventId: string | null): Promise<string> {
  const stream = { items, lastEventId, abort: new AbortController(), formatError };
  const server = http.createServer((_req, res) => writeLiveSse(stream, QUIET, res, {}));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  try {
    const { port } = server.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    return await response.text();
  } finally {
    server.close();
  }
}

function ours(
  items: AsyncIterable<unknown>,
  lastEventId: string | null,
  options = QUIET,
  abort = new AbortController(),
) {
  return liveSseResponse({ items, lastEventId, abort, formatError }, options, new Headers());
}

const durable = (id: string, number: string) =>
  tracked(id, { type: "order.status", number, placedAt: new Date("2026-11-30T10:00:00Z") });
const ephemeral = { type: "stock", stock: 3 };

describe("the live streams' SSE writer", () => {
  it.each([
    [
      "durable events, an ephemeral one between them, then the end",
      [durable("1-0", "A"), ephemeral, durable("2-0", "B")],
      null,
      undefined,
    ],
    [
      "an ephemeral event first on a resumed stream (its id restored)",
      [ephemeral, durable("7-0", "C")],
      "5-0",
      undefined,
    ],
    [
      "an error after an event",
      [durable("1-0", "A")],
      null,
      new TRPCError({ code: "UNAUTHORIZED", message: "Sign in" }),
    ],
    ["a subscription that fails before its first event", [], null, new Error("boom")],
    ["a resume id with a line break (ignored)", [ephemeral], "1-0\nid: forged", undefined],
  ])("writes what tRPC writes: %s", async (_case, items, lastEventId, failure) => {
    const expected = await tRPCBytes(scripted(items, failure), lastEventId);
    const response = ours(scripted(items, failure), lastEventId);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(await response.text()).toBe(expected);
    expect(await oursOnNode(scripted(items, failure), lastEventId)).toBe(expected);
  });

  it("encodes a durable event once for all its listeners", async () => {
    const shared = durable("3-0", "D");
    const [first, second] = await Promise.all([ours(scripted([shared]), null), ours(scripted([shared]), null)]);
    const chunks = async (response: Response) => {
      const seen: Uint8Array[] = [];
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) seen.push(chunk);
      return seen;
    };
    const [a, b] = await Promise.all([chunks(first), chunks(second)]);
    expect(a[1]).toBe(b[1]);
  });

  it("pings while no event comes, and passes the event on when it does", async () => {
    let release = () => {};
    const later = new Promise<void>((resolve) => (release = resolve));
    async function* slow() {
      await later;
      yield durable("1-0", "A");
    }
    const response = ours(slow(), null, { ...QUIET, ping: { intervalMs: 20 } });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readMore = async () => {
      text += decoder.decode((await reader.read()).value);
    };
    while (!text.includes("event: ping")) await readMore();
    release();
    while (!text.includes("event: return")) await readMore();
    expect(text).toContain("id: 1-0");
  });

  it("ends at its maximum duration without an error, and stops the subscription", async () => {
    const abort = new AbortController();
    // Waits for an event that never comes (the live stream ends its wait on the abort signal).
    async function* endless() {
      await new Promise(() => {});
    }
    const text = await ours(endless(), null, { ...QUIET, maxDurationMs: 30 }, abort).text();
    expect(text).toMatch(/^event: connected\n/);
    expect(text).not.toMatch(/serialized-error|event: return/);
    expect(abort.signal.aborted).toBe(true);
  });

  it("stops the subscription when the client leaves", async () => {
    const abort = new AbortController();
    const response = ours(scripted([durable("1-0", "A"), durable("2-0", "B")]), null, QUIET, abort);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await reader.cancel();
    expect(abort.signal.aborted).toBe(true);
  });
});
