"use client";
import { useSyncExternalStore } from "react";

const subscribe = (onChange: () => void) => {
  window.addEventListener("languagechange", onChange);
  return () => window.removeEventListener("languagechange", onChange);
};

// The browser's language ("en-US", "de-DE"), or null while the server renders and React
// hydrates: text made from it (Intl names, whose wording also depends on the ICU version of
// Node or the browser) then appears only in the render right after hydration, never in a mismatch.
export function useBrowserLocale(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => navigator.language,
    () => null,
  );
}
