// This tab's live events, for components that react to them in place (a support chat's
// messages, typing line and "seen"). The streams themselves are opened once per tab and audience
// (ShopperLive, StaffLive), never per component: every listener here shares them.
import type { LiveStreamEvent } from "@/server/realtime/live.schema";

type Listener = (event: LiveStreamEvent) => void;
const listeners = new Set<Listener>();

export function emitLiveEvent(event: LiveStreamEvent): void {
  for (const listener of listeners) listener(event);
}

export function onLiveEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

// What a subscription hands over: a durable event arrives tracked ({ id, data }), an ephemeral one bare.
export function unwrapLiveItem(item: LiveStreamEvent | { id: string; data: LiveStreamEvent }): LiveStreamEvent {
  return "type" in item ? item : item.data;
}
