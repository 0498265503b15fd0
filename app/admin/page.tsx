import type { Metadata } from "next";
import Link from "next/link";
import { AdminOverview } from "@/app/_components/admin-overview";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { StatusMessage } from "@/app/_components/status-message";
import { buttonStyles } from "@/app/_components/ui/button";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { loadOverview } from "./load-overview";

export const metadata: Metadata = { title: "Staff dashboard" };

export default async function AdminPage() {
  const result = await loadOverview();
  if (!result.ok) {
    const signedOut = result.code === "UNAUTHORIZED";
    return (
      <StatusMessage
        code={signedOut ? "401" : "403"}
        tone="warning"
        title={signedOut ? "Your session has ended" : "You don’t have access to that page"}
        actions={
          <Link href={signedOut ? "/login?next=%2Fadmin" : "/"} className={buttonStyles()}>
            {signedOut ? "Sign in again" : "Back to the shop"}
          </Link>
        }
      >
        <p>{signedOut ? "Sign in again to open the staff dashboard." : "The staff dashboard is for Shopfront staff only."}</p>
      </StatusMessage>
    );
  }
  // Already loaded to decide what to render; seeded into the client cache rather than fetched twice.
  getQueryClient().setQueryData(trpc.admin.overview.queryKey(), result.overview);

  return (
    <HydrateClient>
      <div className="mx-auto max-w-7xl px-4 py-12 sm:px-6 sm:py-16 lg:px-8">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <p className="text-sm font-semibold text-brand-700">Staff</p>
            <h1 className="mt-1 text-3xl font-semibold tracking-tight text-ink">Staff dashboard</h1>
            <p className="mt-2 text-base text-stone-600">A snapshot of the shop right now.</p>
          </div>
          <SignOutButton />
        </div>
        <div className="mt-10">
          <AdminOverview />
        </div>
      </div>
    </HydrateClient>
  );
}
