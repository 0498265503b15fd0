"use client";
import { useEffect, useState, useSyncExternalStore } from "react";

// Toasts show only when a live event arrives for a signed-in shopper or staff, so sonner (~11 KB
// compressed) is not part of any page's first load: the first showToast loads it with `import()`,
// mounts its Toaster, then shows the toast. Toasts fired meanwhile wait in a queue and show once
// the Toaster has subscribed (they are not handed to sonner before, whichever version it is).
// Nothing else imports "sonner" (tests/unit/sonner-loads-lazily.test.ts).

type Sonner = typeof import("sonner");
// The part of sonner's options the live toasts use.
type ToastOptions = { action: { label: string; onClick: () => void } };
type PendingToast = { message: string; options: ToastOptions };

const pending: PendingToast[] = [];
// The sonner whose Toaster is mounted and subscribed; null until then.
let mounted: Sonner | null = null;
let requested = false;
const listeners = new Set<() => void>();

function setRequested(value: boolean): void {
  requested = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function showToast(message: string, options: ToastOptions): void {
  if (mounted) {
    mounted.toast(message, options);
    return;
  }
  pending.push({ message, options });
  if (!requested) setRequested(true);
}

export function LazyToaster() {
  const toastRequested = useSyncExternalStore(
    subscribe,
    () => requested,
    () => false,
  );
  const [sonner, setSonner] = useState<Sonner | null>(null);

  useEffect(() => {
    if (!toastRequested || sonner) return;
    let current = true;
    import("sonner").then(
      (module) => {
        if (current) setSonner(module);
      },
      // The chunk did not load (offline, a deploy replaced it): the toasts stay queued and the
      // next showToast tries again.
      () => setRequested(false),
    );
    return () => {
      current = false;
    };
  }, [toastRequested, sonner]);

  // A child's effects run before its parent's: the Toaster below has subscribed by now.
  useEffect(() => {
    if (!sonner) return;
    mounted = sonner;
    for (const { message, options } of pending.splice(0)) sonner.toast(message, options);
    return () => {
      mounted = null;
    };
  }, [sonner]);

  if (!sonner) return null;
  return <sonner.Toaster position="bottom-right" closeButton />;
}
