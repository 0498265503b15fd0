"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/react";
import { SignOutButton } from "./sign-out-button";
import { Card } from "./ui/card";
import { buttonStyles } from "./ui/button";
import { Skeleton } from "./ui/skeleton";

export function AccountDetails() {
  const trpc = useTRPC();
  const { data: viewer } = useSuspenseQuery(trpc.auth.viewer.queryOptions());
  if (!viewer) {
    return (
      <Card className="p-6 sm:p-8">
        <p className="text-base text-stone-700">Your session has ended. Sign in again to see your account.</p>
        <Link href="/login?next=%2Faccount" className={`${buttonStyles()} mt-6`}>
          Sign in
        </Link>
      </Card>
    );
  }
  return (
    <Card className="p-6 sm:p-8">
      <h2 className="text-base font-semibold text-ink">Profile</h2>
      <dl className="mt-6 divide-y divide-stone-100 border-y border-stone-100">
        <div className="grid gap-1 py-4 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm text-stone-500">Name</dt>
          <dd className="text-sm font-medium text-ink sm:col-span-2">{viewer.name}</dd>
        </div>
        <div className="grid gap-1 py-4 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm text-stone-500">Email</dt>
          <dd className="text-sm font-medium break-all text-ink sm:col-span-2">{viewer.email}</dd>
        </div>
      </dl>
      <div className="mt-6 flex justify-end">
        <SignOutButton />
      </div>
    </Card>
  );
}

export function AccountDetailsSkeleton() {
  return (
    <Card className="p-6 sm:p-8" aria-hidden="true">
      <Skeleton className="h-6 w-20" />
      <div className="mt-6 space-y-0 divide-y divide-stone-100 border-y border-stone-100">
        {[0, 1].map((row) => (
          <div key={row} className="flex h-[53px] items-center gap-4">
            <Skeleton className="h-4 w-16" />
            <Skeleton className="h-4 w-48" />
          </div>
        ))}
      </div>
      <div className="mt-6 flex justify-end">
        <Skeleton className="h-9 w-24 rounded-full" />
      </div>
    </Card>
  );
}
