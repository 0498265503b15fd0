import type { Metadata } from "next";
import { Suspense } from "react";
import { AccountDetails, AccountDetailsSkeleton } from "@/app/_components/account-details";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";

export const metadata: Metadata = { title: "Your account" };

export default function AccountPage() {
  void getQueryClient().prefetchQuery(trpc.auth.viewer.queryOptions());
  return (
    <HydrateClient>
      <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">Your account</h1>
        <p className="mt-2 text-base text-stone-600">The details you sign in with.</p>
        <div className="mt-8">
          <Suspense fallback={<AccountDetailsSkeleton />}>
            <AccountDetails />
          </Suspense>
        </div>
      </div>
    </HydrateClient>
  );
}
