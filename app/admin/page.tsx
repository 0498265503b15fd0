import type { Metadata } from "next";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { AdminOverview } from "./_components/overview/overview";
import { AdminPageShell } from "./_components/shell/page-shell";
import { adminPage } from "./_lib/admin-page";

export const metadata: Metadata = { title: "Staff dashboard" };

export default adminPage(() => {
  void getQueryClient().prefetchQuery(trpc.admin.overview.queryOptions());
  return (
    <AdminPageShell
      title="Staff dashboard"
      description="A snapshot of the shop right now."
      fallback={<Skeleton className="h-40 w-full rounded-2xl" />}
    >
      <AdminOverview />
    </AdminPageShell>
  );
});
