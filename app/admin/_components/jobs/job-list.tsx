"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { adminJobSearchHref } from "@/app/admin/_lib/job-search";
import { useTRPC } from "@/app/_trpc/react";
import type { JobState, ListJobsInput } from "@/server/jobs/jobs-admin.schema";
import { AdminJobStateTabs } from "./job-state-tabs";
import { AdminJobTable } from "./job-table";
import { AdminPager } from "@/app/_components/ui/pager";
import { AdminTableEmpty } from "@/app/_components/ui/data-table";
import { Skeleton } from "@/app/_components/ui/skeleton";

const empty: Record<JobState | "all", { title: string; hint: string }> = {
  all: { title: "No jobs in the queue", hint: "Jobs show here while they wait, run or fail. Finished jobs are removed." },
  queued: { title: "Nothing waiting to run", hint: "Scheduled jobs, such as releasing unpaid orders, wait here." },
  failed: { title: "No failed jobs", hint: "A job that fails shows here with its error while it retries by itself." },
  dead: { title: "No dead-lettered jobs", hint: "A job that uses all its attempts waits here for you to retry or discard it." },
  locked: { title: "Nothing running right now", hint: "Jobs show here while a worker runs them." },
};

export function AdminJobList({ input }: { input: ListJobsInput }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.jobs.list.queryOptions(input));
  return (
    <>
      <AdminJobStateTabs input={input} counts={data.counts} />
      {data.items.length === 0 ? (
        <AdminTableEmpty {...empty[input.state ?? "all"]} />
      ) : (
        <>
          <AdminJobTable jobs={data.items} />
          <AdminPager page={data.page} pageSize={data.pageSize} total={data.total} hrefFor={(page) => adminJobSearchHref(input, { page: String(page) })} />
        </>
      )}
    </>
  );
}

export function AdminJobListSkeleton() {
  return (
    <div role="status" aria-label="Loading jobs">
      <Skeleton className="mb-4 h-10 w-full max-w-xl" />
      <Skeleton className="h-96 w-full rounded-2xl" />
    </div>
  );
}
