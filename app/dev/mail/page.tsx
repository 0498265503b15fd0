import type { Metadata } from "next";
import { Suspense } from "react";
import { DevMailList } from "./_components/dev-mail-list";
import { SiteShell } from "@/app/_components/site-shell";
import { notFoundOr } from "@/app/_lib/trpc-errors";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";

export const metadata: Metadata = { title: "Captured mail", robots: { index: false, follow: false } };

// Local development only: outside capture mode the procedure is NOT_FOUND, and so is the page.
export default async function DevMailPage() {
  await getQueryClient().fetchQuery(trpc.devMail.list.queryOptions()).catch(notFoundOr);
  return (
    <SiteShell>
      <HydrateClient>
        <div className="mx-auto max-w-4xl px-4 py-12 sm:px-6 sm:py-16">
          <p className="text-sm font-semibold text-brand-700">Development</p>
          <h1 className="mt-1 text-3xl font-semibold tracking-tight text-ink">Captured mail</h1>
          <p className="mt-2 text-base text-stone-600">
            Emails the shop sent while running locally, newest first. Nothing here left this machine.
          </p>
          <div className="mt-8">
            <Suspense>
              <DevMailList />
            </Suspense>
          </div>
        </div>
      </HydrateClient>
    </SiteShell>
  );
}
