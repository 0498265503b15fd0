"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { useTRPC } from "@/app/_trpc/react";
import type { ListJobsInput } from "@/server/jobs/jobs-admin.schema";
import { AdminJobStateTabs } from "./job-state-tabs";
import { AdminJobTable } from "./job-table";

export function AdminJobList({ input }: { input: ListJobsInput }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.jobs.list.queryOptions(input));
  return (
    <>
      <AdminJobStateTabs input={input} counts={data.counts} />
      <AdminJobTable input={input} page={data} />
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
