// The process's one Redis subscriber, shared by every open live stream (Socket.IO's adapter,
// on Redis Pub/Sub): a channel is SUBSCRIBEd when its first listener arrives and UNSUBSCRIBEd
// when its last one leaves, so ten thousand tabs on one product cost one subscription, and an
// event published by any instance reaches the listeners of every instance.
//
// The subscriber reconnects without end. ioredis can re-subscribe by itself (autoResubscribe),
// but it does not say when that is done, and Pub/Sub keeps nothing for a subscriber that was
// away: the hub re-subscribes itself, waits for Redis to confirm, and only then tells each
// listener, which reads what it missed from the channel's Redis Stream.
import "server-only";
import type { Redis } from "ioredis";
import { SHUTDOWN_STAGE, onShutdown } from "../lib/lifecycle";
import { logger } from "../lib/logger";
import { throttledLog } from "../lib/throttled-log";
import { redis } from "../redis";
import { type LiveMessage, pubSubChannel } from "./live-keys";

export type HubListener = {
  deliver: (message: LiveMessage) => void;
  // The subscriber was disconnected and is subscribed again: messages may have been missed.
  resubscribed: () => void;
};

type Room = { listeners: Set<HubListener>; subscribed: Promise<unknown> };

export class LiveHub {
  readonly #rooms = new Map<string, Room>();
  readonly #channelPrefix: string;
  #connectedBefore = false;

  constructor(private readonly subscriber: Redis) {
    this.#channelPrefix = pubSubChannel(subscriber, "");
    subscriber.on("message", (redisChannel: string, raw: string) => this.#dispatch(redisChannel, raw));
    subscriber.on("ready", () => void this.#onReady());
    const logError = throttledLog("warn", "live subscriber error");
    subscriber.on("error", (error) => logError({ err: error }));
  }

  // Resolves once Redis has confirmed the subscription, so a listener that then reads the
  // channel's Stream misses nothing between the two.
  async listen(channel: string, listener: HubListener): Promise<() => void> {
    let room = this.#rooms.get(channel);
    if (!room) {
      room = { listeners: new Set(), subscribed: this.subscriber.subscribe(this.#redisChannel(channel)) };
      this.#rooms.set(channel, room);
    }
    room.listeners.add(listener);
    try {
      await room.subscribed;
    } catch (error) {
      this.#leave(channel, room, listener);
      throw error;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#leave(channel, room, listener);
    };
  }

  listenerCount(channel: string): number {
    return this.#rooms.get(channel)?.listeners.size ?? 0;
  }

  #leave(channel: string, room: Room, listener: HubListener): void {
    room.listeners.delete(listener);
    if (room.listeners.size > 0 || this.#rooms.get(channel) !== room) return;
    this.#rooms.delete(channel);
    // A later listen re-subscribes: ioredis sends commands in order, so its SUBSCRIBE follows.
    this.subscriber.unsubscribe(this.#redisChannel(channel)).catch(() => undefined);
  }

  #redisChannel(channel: string): string {
    return this.#channelPrefix + channel;
  }

  #dispatch(redisChannel: string, raw: string): void {
    const room = this.#rooms.get(redisChannel.slice(this.#channelPrefix.length));
    if (!room) return;
    let message: LiveMessage;
    try {
      message = JSON.parse(raw) as LiveMessage;
    } catch {
      logger.warn({ channel: redisChannel }, "live message is not JSON; dropped");
      return;
    }
    for (const listener of room.listeners) listener.deliver(message);
  }

  async #onReady(): Promise<void> {
    if (!this.#connectedBefore) {
      this.#connectedBefore = true;
      return;
    }
    const channels = [...this.#rooms.keys()];
    if (channels.length === 0) return;
    try {
      await this.subscriber.subscribe(...channels.map((channel) => this.#redisChannel(channel)));
    } catch (error) {
      // The connection dropped again; the next "ready" tries again.
      logger.warn({ err: error }, "live channels not re-subscribed yet");
      return;
    }
    for (const channel of channels)
      for (const listener of this.#rooms.get(channel)?.listeners ?? []) listener.resubscribed();
  }
}

function createHub(client: Redis): LiveHub {
  const subscriber = client.duplicate({
    connectionName: "shopfront-live",
    autoResubscribe: false,
    // Unlike the app's client, the subscriber waits for Redis rather than failing: a stream
    // opened during an outage starts receiving once Redis is back.
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
    commandTimeout: undefined,
  });
  onShutdown("live subscriber", SHUTDOWN_STAGE.redis, async () => void subscriber.disconnect());
  return new LiveHub(subscriber);
}

const globalForHub = globalThis as unknown as { shopfrontLiveHub?: LiveHub | null };

// Null without Redis: live streams then stay open and quiet, and pages show the truth on load.
export const liveHub: LiveHub | null = globalForHub.shopfrontLiveHub ?? (redis ? createHub(redis) : null);
globalForHub.shopfrontLiveHub = liveHub;
