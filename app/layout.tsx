import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HydrationMarker } from "./_components/hydration-marker";
import { LazyToaster } from "./_components/live/lazy-toast";
import { ShopperLive } from "./_components/live/shopper-live";
import { SessionKeeper } from "./_components/session-keeper";
import { TRPCReactProvider } from "./_trpc/react";
import { inter } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Shopfront", template: "%s · Shopfront" },
  description: "Well-made things for everyday life.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen font-sans antialiased">
        <TRPCReactProvider>
          <HydrationMarker />
          <SessionKeeper />
          <ShopperLive />
          {children}
          <LazyToaster />
        </TRPCReactProvider>
      </body>
    </html>
  );
}
