import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminJobList, AdminJobListSkeleton } from "@/app/admin/_components/jobs/job-list";
import { AdminJobTaskFilter } from "@/app/admin/_components/jobs/job-task-filter";
import { AdminPageHeader } from "@/app/admin/_components/shell/page-header";
import { parseAdminJobSearch } from "@/app/admin/_lib/job-search";
import type { SearchParams } from "@/app/_lib/search-params";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { loadAdminAccess } from "@/app/admin/_lib/load-admin-access";

export const metadata: Metadata = { title: "Jobs · Staff" };

export default async function AdminJobsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!(await loadAdminAccess()).ok) return null;
  const input = parseAdminJobSearch(await searchParams);
  void getQueryClient().prefetchQuery(trpc.admin.jobs.list.queryOptions(input));
  const key = JSON.stringify(input);
  return (
    <HydrateClient>
      <AdminPageHeader
        title="Jobs"
        description="Background work: emails, sign-ups, releasing unpaid orders. Failed jobs retry by themselves; dead-lettered ones wait for you."
        actions={<AdminJobTaskFilter key={`task:${key}`} input={input} />}
      />
      <Suspense key={key} fallback={<AdminJobListSkeleton />}>
        <AdminJobList input={input} />
      </Suspense>
    </HydrateClient>
  );
}
