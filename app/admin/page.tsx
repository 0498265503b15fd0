import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminOverview } from "./_components/overview/overview";
import { AdminPageHeader } from "./_components/shell/page-header";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { loadAdminAccess } from "./_lib/load-admin-access";

export const metadata: Metadata = { title: "Staff dashboard" };

export default async function AdminPage() {
  // The layout shows the refusal; the page must not query anything then.
  if (!(await loadAdminAccess()).ok) return null;
  void getQueryClient().prefetchQuery(trpc.admin.overview.queryOptions());
  return (
    <HydrateClient>
      <AdminPageHeader title="Staff dashboard" description="A snapshot of the shop right now." />
      <Suspense fallback={<Skeleton className="h-40 w-full rounded-2xl" />}>
        <AdminOverview />
      </Suspense>
    </HydrateClient>
  );
}
