import type { Metadata } from "next";
import { trpc } from "@/app/_trpc/server";
import { AdminJobList, AdminJobListSkeleton } from "../_components/jobs/job-list";
import { AdminJobTaskFilter } from "../_components/jobs/job-task-filter";
import { AdminPageShell } from "../_components/shell/page-shell";
import { adminListPage } from "../_lib/admin-page";
import { prefetchList } from "../_lib/prefetch-list";
import { parseAdminJobSearch } from "../_lib/job-search";

export const metadata: Metadata = { title: "Jobs · Staff" };

export default adminListPage(parseAdminJobSearch, ({ input }) => (
  <AdminPageShell
    title="Jobs"
    description="Background work: emails, sign-ups, releasing unpaid orders. Failed jobs retry by themselves; dead-lettered ones wait for you."
    actions={<AdminJobTaskFilter input={input} />}
    listKey={prefetchList(trpc.admin.jobs.list.queryOptions(input))}
    fallback={<AdminJobListSkeleton />}
  >
    <AdminJobList input={input} />
  </AdminPageShell>
));
