import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AccountProfile } from "./_components/account-profile";
import { AccountSectionSkeleton } from "./_components/account-section-skeleton";
import { AccountSessions } from "./_components/account-sessions";
import { ChangePasswordForm } from "./_components/change-password-form";
import { SessionEndedCard } from "./_components/session-ended-card";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const queryClient = getQueryClient();
  const viewer = await queryClient.fetchQuery(trpc.auth.viewer.queryOptions());
  if (viewer) {
    void queryClient.prefetchQuery(trpc.account.get.queryOptions());
    void queryClient.prefetchQuery(trpc.account.listSessions.queryOptions());
  }
  return (
    <HydrateClient>
      <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">Your account</h1>
        <p className="mt-2 text-base text-stone-600">
          Your profile, your password and where you are signed in. Looking for a purchase?{" "}
          <Link href="/account/orders" className="font-medium text-brand-700 hover:text-brand-600">
            See your orders
          </Link>
          .
        </p>
        <div className="mt-8 space-y-8">
          {viewer ? (
            <>
              <Suspense fallback={<AccountSectionSkeleton rows={3} />}>
                <AccountProfile />
              </Suspense>
              <ChangePasswordForm />
              <Suspense fallback={<AccountSectionSkeleton />}>
                <AccountSessions />
              </Suspense>
            </>
          ) : (
            <SessionEndedCard />
          )}
        </div>
      </div>
    </HydrateClient>
  );
}
