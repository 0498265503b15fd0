"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/react";
import { AccountSection } from "./account-section";
import { LocalTime } from "@/app/_components/local-time";
import { ProfileNameForm } from "./profile-name-form";
import { VerifiedBadge } from "./verified-badge";
import { VerifyEmailNotice } from "@/app/_components/verify-email-notice";

export function AccountProfile() {
  const trpc = useTRPC();
  const { data: profile } = useSuspenseQuery(trpc.account.get.queryOptions());
  return (
    <AccountSection id="profile" title="Profile" description="The details you sign in with.">
      {!profile.emailVerified && <VerifyEmailNotice />}
      <dl className="divide-y divide-stone-100 border-y border-stone-100">
        <div className="grid gap-1 py-4 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm text-stone-500">Email</dt>
          <dd className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm font-medium text-ink sm:col-span-2">
            <span className="break-all">{profile.email}</span>
            <VerifiedBadge verified={profile.emailVerified} />
          </dd>
        </div>
        <div className="grid gap-1 py-4 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm text-stone-500">Member since</dt>
          <dd className="text-sm font-medium text-ink sm:col-span-2">
            <LocalTime date={profile.createdAt} />
          </dd>
        </div>
      </dl>
      <div className="mt-6">
        <ProfileNameForm name={profile.name} />
      </div>
    </AccountSection>
  );
}
