"use client";
import { useEffect } from "react";

// Marks <html data-hydrated> once React owns the page. Browser tests wait for it before
// interacting, since a press before hydration reaches no handler.
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
