"use client";
import dynamic from "next/dynamic";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { hasSessionHint } from "@/app/_lib/session-refresh";

// The stream and its toasts' code load only for a signed-in visitor: anonymous shoppers, most
// of a shop's traffic, never download them.
const ShopperStream = dynamic(() => import("./shopper-stream").then((module) => module.ShopperStream), {
  ssr: false,
});

// Opens the signed-in shopper's live stream after hydration, on the session hint cookie: reading
// the viewer query here, above the pages' hydration boundaries, would create that query empty in
// the browser before the page's prefetched copy arrives, and the header would then render
// differently from the server.
export function ShopperLive() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  // Read again on every navigation (the pathname changes): a sign-in or sign-out switches it.
  usePathname();
  return hydrated && hasSessionHint() ? <ShopperStream /> : null;
}
