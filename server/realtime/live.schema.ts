// Inputs of the live subscriptions. `lastEventId` is where a reconnecting client left off:
// tRPC's link sends it after a reconnect, and a browser's EventSource as the Last-Event-ID
// header, which tRPC merges into the input (so every input must accept it).
// Browser-safe.
import { z } from "../lib/zod";
import type { LiveEvent } from "./live-event.schema";

const lastEventId = z.string().max(64).nullish();

export const liveResumeInput = z.strictObject({ lastEventId });
export type LiveResumeInput = z.infer<typeof liveResumeInput>;

export const liveProductInput = z.strictObject({ productId: z.uuid(), lastEventId });
export type LiveProductInput = z.infer<typeof liveProductInput>;

// First thing a stream says when it cannot replay what the client missed: refetch.
export type LiveResyncEvent = { type: "resync" };
// First thing a new durable stream says: where its channel's Stream stands (the event's id), so
// a client cut off before any event arrived still resumes from there. Nothing to do on it.
export type LiveReadyEvent = { type: "ready" };
export type LiveStreamEvent = LiveEvent | LiveResyncEvent | LiveReadyEvent;
