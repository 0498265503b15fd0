// The live streams open in this process, so a shutdown can end them. On SIGTERM each ends with
// a retryable error after a random 0–3 s: the client's link reconnects with its last event id
// (to another instance: this one's readiness already says 503), and the spread keeps
// thousands of tabs from all reconnecting in the same instant. Ending them early is also what
// lets the drain finish: it waits for in-flight requests, and an open stream is one.
// Why an error and not a plain end: tRPC sends a finished generator as a "return" event, on
// which httpSubscriptionLink completes the subscription for good; a serialized error whose
// code is retryable (SERVICE_UNAVAILABLE) makes it reconnect instead.
import "server-only";
import { DomainError } from "../lib/errors";
import { onDrain } from "../lib/lifecycle";

export const DRAIN_SPREAD_MS = 3_000;

type Endable = { fail: (error: unknown) => void };

const reasons = {
  restarting: "Live updates are moving to another server; reconnecting.",
  "fell-behind": "Live updates fell behind; reconnecting.",
} as const;

export function retryableEnd(reason: keyof typeof reasons): DomainError {
  return new DomainError("SERVICE_UNAVAILABLE", reasons[reason]);
}

const open = new Set<Endable>();

export function trackOpenStream(stream: Endable): () => void {
  open.add(stream);
  return () => open.delete(stream);
}

export function openStreamCount(): number {
  return open.size;
}

onDrain(() => {
  for (const stream of open) {
    const timer = setTimeout(() => stream.fail(retryableEnd("restarting")), Math.random() * DRAIN_SPREAD_MS);
    // A stream the client closes first needs no timer; nor should the timer keep the process up.
    timer.unref();
  }
});
