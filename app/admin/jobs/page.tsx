import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminJobList, AdminJobListSkeleton } from "@/app/_components/admin-job-list";
import { AdminJobTaskFilter } from "@/app/_components/admin-job-task-filter";
import { AdminPageHeader } from "@/app/_components/admin-page-header";
import { parseAdminJobSearch } from "@/app/_lib/admin-job-search";
import type { SearchParams } from "@/app/_lib/admin-product-search";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { loadAdminAccess } from "../load-admin-access";

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
