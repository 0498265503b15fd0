// The hub and its streams against the real test Redis: one subscription per channel however
// many listen, replay and resync from a Last-Event-ID, a stalled client dropped, and a
// subscriber that lost its connection subscribed again.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DomainError } from "../lib/errors";
import { redis } from "../redis";
import { LiveHub, liveHub } from "./hub";
import { liveChannels } from "./live-event.schema";
import { pubSubChannel, streamKey } from "./live-keys";
import { CLIENT_QUEUE_CAPACITY, type LiveItem, openLiveStream, READY_EVENT, RESYNC_EVENT } from "./live-stream";
import { STOCK_TICK_INTERVAL_MS, streamForProduct } from "./live.service";
import { publishDurable, publishEphemeral } from "./publish";
import { EMPTY_STREAM_ID, readSince } from "./stream-replay";

function services() {
  if (!liveHub || !redis) throw new Error("the integration tests run with Redis");
  return { hub: liveHub, redis };
}

const publish = (channel: string, number: string) =>
  publishDurable(
    channel,
    { type: "order.status", orderId: randomUUID(), number, status: "PAID" },
    { dedupeKey: randomUUID() },
  ) as Promise<string>;

const item = (id: string | null, number: string) => ({ id, event: expect.objectContaining({ number }) });

async function subscriberCount(channel: string): Promise<number> {
  const reply = (await services().redis.call("PUBSUB", "NUMSUB", pubSubChannel(services().redis, channel))) as [
    string,
    number,
  ];
  return Number(reply[1]);
}

// A hub listener whose `next` resolves with each message it receives, in order.
async function listenOn(channel: string) {
  const received: unknown[] = [];
  let wake = () => {};
  let onResubscribed = () => {};
  const resubscribed = new Promise<void>((resolve) => {
    onResubscribed = resolve;
  });
  const release = await services().hub.listen(channel, {
    deliver: (message) => {
      received.push(message);
      wake();
    },
    resubscribed: () => onResubscribed(),
  });
  const next = async () => {
    while (received.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return received.shift();
  };
  return { release, next, resubscribed };
}

// A stream opened after event `from`, whose first item is `first` (replayed): once it has
// been read, the stream's subscription stands, so what is published next reaches it live.
// A product page's stream that has delivered its first stock tick. `delivered` resolves once the
// stream's listener has been handed every tick published before it: a second listener on the
// same Redis connection hears a marker after them (Redis delivers in order).
// `open` makes the stream (a bare one by default).
async function productStreamAfterFirstTick(
  firstStock: number,
  open: (productId: string) => AsyncGenerator<LiveItem, void> = (productId) =>
    openLiveStream({ channel: liveChannels.product(productId), lastEventId: null, signal: undefined, durable: false }),
) {
  const productId = randomUUID();
  const channel = liveChannels.product(productId);
  const stream = open(productId);
  const first = stream.next();
  const marker = liveChannels.product(randomUUID());
  const watcher = await listenOn(marker);
  while (services().hub.listenerCount(channel) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  let lastVersion = 0;
  // Levels in the order they were committed, unless `version` says otherwise.
  const tick = (stock: number, version = ++lastVersion) =>
    publishEphemeral(channel, { type: "stock", productId, stock, version });
  await tick(firstStock);
  expect((await first).value).toEqual({ id: null, event: { type: "stock", productId, stock: firstStock, version: 1 } });
  const delivered = async () => {
    await publishEphemeral(marker, { type: "stock", productId, stock: -1, version: 1 });
    await watcher.next();
    watcher.release();
  };
  return { stream, channel, productId, tick, delivered };
}

async function streamAfter(channel: string, from: string, first: string) {
  const stream = openLiveStream({ channel, lastEventId: from, signal: undefined, durable: true });
  expect((await stream.next()).value).toMatchObject({ id: first });
  return stream;
}

describe("live hub", () => {
  it("keeps one Redis subscription for all listeners of a channel, and drops it with the last", async () => {
    const channel = liveChannels.user(randomUUID());
    const a = await listenOn(channel);
    const b = await listenOn(channel);
    expect(await subscriberCount(channel)).toBe(1);

    const id = await publish(channel, "SF-1");
    expect(await a.next()).toEqual(item(id, "SF-1"));
    expect(await b.next()).toEqual(item(id, "SF-1"));

    a.release();
    expect(await subscriberCount(channel)).toBe(1);
    b.release();
    // The UNSUBSCRIBE went out on the subscriber's connection; a SUBSCRIBE confirmed after it
    // on that same connection proves Redis has handled it.
    (await listenOn(liveChannels.user(randomUUID()))).release();
    expect(await subscriberCount(channel)).toBe(0);
    expect(services().hub.listenerCount(channel)).toBe(0);
  });

  it("fans an event out to every stream on its channel, with its stream id", async () => {
    const channel = liveChannels.user(randomUUID());
    const e0 = await publish(channel, "SF-0");
    const e1 = await publish(channel, "SF-1");
    const first = await streamAfter(channel, e0, e1);
    const second = await streamAfter(channel, e0, e1);
    const e2 = await publish(channel, "SF-2");
    expect((await first.next()).value).toEqual(item(e2, "SF-2"));
    expect((await second.next()).value).toEqual(item(e2, "SF-2"));
    await first.return();
    await second.return();
    expect(services().hub.listenerCount(channel)).toBe(0);
  });

  it("replays what came after the client's last event id, then goes on live, each event once", async () => {
    const channel = liveChannels.user(randomUUID());
    const ids = [await publish(channel, "SF-1"), await publish(channel, "SF-2"), await publish(channel, "SF-3")];
    const stream = openLiveStream({ channel, lastEventId: ids[0] ?? null, signal: undefined, durable: true });
    expect((await stream.next()).value).toEqual(item(ids[1] ?? null, "SF-2"));
    expect((await stream.next()).value).toEqual(item(ids[2] ?? null, "SF-3"));
    const live = await publish(channel, "SF-4");
    expect((await stream.next()).value).toEqual(item(live, "SF-4"));
    await stream.return();
  });

  it("tells a client whose last event was trimmed away, or is unknown, to resync", async () => {
    const channel = liveChannels.user(randomUUID());
    const trimmed = await publish(channel, "SF-1");
    await publish(channel, "SF-2");
    let latest = await publish(channel, "SF-3");
    await services().redis.xtrim(streamKey(channel), "MAXLEN", 1);
    for (const lastEventId of [trimmed, "1-0", "not-an-id"]) {
      const stream = openLiveStream({ channel, lastEventId, signal: undefined, durable: true });
      // Resync carries the Stream's newest id: the client continues from there.
      expect((await stream.next()).value).toEqual({ id: latest, event: RESYNC_EVENT });
      const next = await publish(channel, "SF-4");
      expect((await stream.next()).value).toEqual(item(next, "SF-4"));
      await stream.return();
      latest = next;
    }
  });

  it("starts a new stream at the end of its Stream, so a client cut off before any event resumes with what it missed", async () => {
    const channel = liveChannels.user(randomUUID());
    const seen = await publish(channel, "SF-1");
    const fresh = openLiveStream({ channel, lastEventId: null, signal: undefined, durable: true });
    expect((await fresh.next()).value).toEqual({ id: seen, event: READY_EVENT });
    await fresh.return();

    const missed = await publish(channel, "SF-2");
    const resumed = await streamAfter(channel, seen, missed);
    await resumed.return();
  });

  it("starts a stream on an empty Stream at its start: nothing is missed while it stays empty, a resync once not", async () => {
    const channel = liveChannels.user(randomUUID());
    const fresh = openLiveStream({ channel, lastEventId: null, signal: undefined, durable: true });
    expect((await fresh.next()).value).toEqual({ id: EMPTY_STREAM_ID, event: READY_EVENT });
    await fresh.return();
    expect(await readSince(channel, EMPTY_STREAM_ID)).toEqual({ kind: "replay", messages: [] });
    const missed = await publish(channel, "SF-1");
    expect(await readSince(channel, EMPTY_STREAM_ID)).toEqual({ kind: "resync", latestId: missed });
  });

  it("drops a client that stops reading, once its queue is full, with a retryable error", async () => {
    const { stream, channel, tick, delivered } = await productStreamAfterFirstTick(0);

    // The client now reads nothing while more than a queue's worth arrives.
    for (let stock = 1; stock <= CLIENT_QUEUE_CAPACITY + 1; stock++) await tick(stock);
    await delivered();

    // Dropped: the channel is let go at once, and the stream ends with SERVICE_UNAVAILABLE.
    expect(services().hub.listenerCount(channel)).toBe(0);
    const error = await stream.next().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("SERVICE_UNAVAILABLE");
  });

  it("sends a product page only the newest stock level of a burst, one at a time", async () => {
    const { stream, productId, tick, delivered } = await productStreamAfterFirstTick(10, (id) =>
      openLiveStream({
        channel: liveChannels.product(id),
        lastEventId: null,
        signal: undefined,
        durable: false,
        coalesceMs: 50,
      }),
    );

    // Five sales while the stream waits out its interval: the page hears the last level only.
    for (let stock = 9; stock >= 5; stock--) await tick(stock);
    await delivered();
    expect((await stream.next()).value).toEqual({
      id: null,
      event: { type: "stock", productId, stock: 5, version: 6 },
    });
    await stream.return();
  });

  // Two instances each publish after their own commit; the later sale's level can reach Redis
  // first. A product page must not then go back to the older level.
  it("never sends a product page an older stock level after a newer one", async () => {
    const { stream, productId, tick, delivered } = await productStreamAfterFirstTick(9, (id) =>
      streamForProduct(id, undefined),
    );
    const level = (stock: number, version: number) => ({
      id: null,
      event: { type: "stock", productId, stock, version },
    });
    await tick(7, 3); // the later sale's level, reaching Redis first
    expect((await stream.next()).value).toEqual(level(7, 3));
    const next = stream.next();
    await tick(8, 2); // the earlier sale's level, arriving late
    await delivered();
    // Past the stream's interval: had the late level been kept, `next` would have it by now.
    await new Promise((resolve) => setTimeout(resolve, STOCK_TICK_INTERVAL_MS + 200));
    await tick(6, 4);
    expect((await next).value).toEqual(level(6, 4));
    await stream.return();
  });

  it("subscribes again after Redis dropped the subscriber's connection", async () => {
    const channel = liveChannels.user(randomUUID());
    const listener = await listenOn(channel);
    const e0 = await publish(channel, "SF-0");
    const e1 = await publish(channel, "SF-1");
    const stream = await streamAfter(channel, e0, e1);
    expect(await listener.next()).toEqual(item(e0, "SF-0"));
    expect(await listener.next()).toEqual(item(e1, "SF-1"));

    await services().redis.call("CLIENT", "KILL", "TYPE", "pubsub");
    // Published while the subscriber is away (it waits 200 ms before reconnecting): Pub/Sub
    // loses it, the stream catches up from the Redis Stream.
    const missed = await publish(channel, "SF-missed");
    await listener.resubscribed;
    const live = await publish(channel, "SF-live");
    // The listener may have been back in time for the first one.
    let got = await listener.next();
    if ((got as { id: string }).id === missed) got = await listener.next();
    expect(got).toEqual(item(live, "SF-live"));
    expect((await stream.next()).value).toEqual(item(missed, "SF-missed"));
    expect((await stream.next()).value).toEqual(item(live, "SF-live"));
    await stream.return();
    listener.release();
  });

  // Pub/Sub channels are shared by every database of a Redis server: staging and production on
  // one server must not see each other's orders and messages.
  it("hears only what is published on its own Redis database, not another database's", async () => {
    const { redis: client } = services();
    const otherDatabase = ((client.options.db ?? 0) % 15) + 1;
    const otherPublisher = client.duplicate({ db: otherDatabase, enableOfflineQueue: true });
    const otherSubscriber = client.duplicate({ db: otherDatabase, enableOfflineQueue: true, autoResubscribe: false });
    const otherHub = new LiveHub(otherSubscriber);
    const channel = liveChannels.user(randomUUID());
    const heardOnOther: unknown[] = [];
    let otherHeard = () => {};
    const releaseOther = await otherHub.listen(channel, {
      deliver: (message) => {
        heardOnOther.push(message);
        otherHeard();
      },
      resubscribed: () => {},
    });
    const own = await listenOn(channel);
    try {
      const id = await publish(channel, "SF-OWN");
      expect(await own.next()).toEqual(item(id, "SF-OWN"));
      // Published after ours: had ours reached the other hub, it would be heard first.
      const marker = { id: null, event: { type: "marker" } };
      await otherPublisher.publish(pubSubChannel(otherPublisher, channel), JSON.stringify(marker));
      while (heardOnOther.length === 0) await new Promise<void>((resolve) => (otherHeard = resolve));
      expect(heardOnOther).toEqual([marker]);
    } finally {
      own.release();
      releaseOther();
      otherSubscriber.disconnect();
      otherPublisher.disconnect();
    }
  });
});
