// Header, main and footer around every storefront, account and staff page. A server component:
// it prefetches what the header needs so the client components hydrate without a round trip.
import type { ReactNode } from "react";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export function SiteShell({ children }: { children: ReactNode }) {
  const qc = getQueryClient();
  void qc.prefetchQuery(trpc.auth.viewer.queryOptions());
  void qc.prefetchQuery(trpc.category.list.queryOptions());
  return (
    <HydrateClient>
      <div className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only rounded-lg bg-ink px-4 py-2 text-sm text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </div>
    </HydrateClient>
  );
}
