"use client";
import { useSyncExternalStore } from "react";
import { formatDateTime, formatRelative } from "@/app/_lib/format-time";

const subscribe = () => () => {};

// The server does not know the visitor's time zone or clock, so the server render (and the
// hydration pass) show UTC; the browser then switches to local time without a mismatch.
export function LocalTime({ date, relative = false }: { date: Date; relative?: boolean }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const text = !inBrowser
    ? `${formatDateTime(date, "UTC")} UTC`
    : relative
      ? formatRelative(date)
      : formatDateTime(date);
  return (
    <time dateTime={date.toISOString()} title={inBrowser && relative ? formatDateTime(date) : undefined}>
      {text}
    </time>
  );
}
