"use client";
import { useEffect, useRef } from "react";
import type { LiveStreamEvent } from "@/server/realtime/live.schema";
import { onLiveEvent } from "./live-bus";

// Calls `handler` for each live event of this tab while the component is mounted. The latest
// handler is used without re-subscribing, so it may read the current props and state.
export function useLiveEvent(handler: (event: LiveStreamEvent) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => onLiveEvent((event) => latest.current(event)), []);
}
