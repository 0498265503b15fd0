import type { Metadata } from "next";
import type { SearchParams } from "@/app/_lib/search-params";
import { trpc } from "@/app/_trpc/server";
import { AdminJobList, AdminJobListSkeleton } from "../_components/jobs/job-list";
import { AdminJobTaskFilter } from "../_components/jobs/job-task-filter";
import { AdminPageShell } from "../_components/shell/page-shell";
import { adminPage } from "../_lib/admin-page";
import { prefetchList } from "../_lib/prefetch-list";
import { parseAdminJobSearch } from "../_lib/job-search";

export const metadata: Metadata = { title: "Jobs · Staff" };

export default adminPage(async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const input = parseAdminJobSearch(await searchParams);
  const key = prefetchList(trpc.admin.jobs.list.queryOptions(input));
  return (
    <AdminPageShell
      title="Jobs"
      description="Background work: emails, sign-ups, releasing unpaid orders. Failed jobs retry by themselves; dead-lettered ones wait for you."
      actions={<AdminJobTaskFilter key={`task:${key}`} input={input} />}
      contentKey={key}
      fallback={<AdminJobListSkeleton />}
    >
      <AdminJobList input={input} />
    </AdminPageShell>
  );
});
