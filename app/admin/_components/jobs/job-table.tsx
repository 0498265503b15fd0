import type { AdminJob, AdminJobPage, JobState, ListJobsInput } from "@/server/jobs/jobs-admin.schema";
import { AdminJobActions } from "./job-actions";
import { AdminJobError } from "./job-error";
import { JobStatePill } from "./job-state";
import { DataTable, type Column } from "@/app/_components/ui/data-table";
import { adminJobSearchHref } from "@/app/admin/_lib/job-search";
import { LocalTime } from "@/app/_components/local-time";

function NextRun({ job }: { job: AdminJob }) {
  if (job.state === "locked" && job.lockedAt) {
    return (
      <>
        Running since <LocalTime date={job.lockedAt} relative />
      </>
    );
  }
  if (job.state === "dead") return <span className="text-stone-500">Never: out of attempts</span>;
  return <LocalTime date={job.runAt} relative />;
}

function Summary({ summary }: { summary: AdminJob["summary"] }) {
  const fields = Object.entries(summary);
  if (fields.length === 0) return null;
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-xs">
      {fields.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-stone-500">{key}</dt>
          <dd className="min-w-0 break-all text-stone-700">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

// What each state's tab says when it has no jobs.
const empty: Record<JobState | "all", { title: string; hint: string }> = {
  all: {
    title: "No jobs in the queue",
    hint: "Jobs show here while they wait, run or fail. Finished jobs are removed.",
  },
  queued: { title: "Nothing waiting to run", hint: "Scheduled jobs, such as releasing unpaid orders, wait here." },
  failed: { title: "No failed jobs", hint: "A job that fails shows here with its error while it retries by itself." },
  dead: {
    title: "No dead-lettered jobs",
    hint: "A job that uses all its attempts waits here for you to retry or discard it.",
  },
  locked: { title: "Nothing running right now", hint: "Jobs show here while a worker runs them." },
};

const columns: Column<AdminJob>[] = [
  {
    header: "Job",
    cell: (job) => (
      <>
        <p className="font-medium whitespace-nowrap text-ink">
          {job.task} <span className="font-mono text-xs font-normal text-stone-500">#{job.id}</span>
        </p>
        <Summary summary={job.summary} />
      </>
    ),
    className: "min-w-56",
  },
  {
    header: "State",
    cell: (job) => (
      <>
        <JobStatePill state={job.state} />
        <p className="mt-1 text-xs whitespace-nowrap text-stone-500 tabular-nums">
          {job.attempts}/{job.maxAttempts} attempts
        </p>
      </>
    ),
  },
  {
    header: "Next run",
    cell: (job) => (
      <>
        <NextRun job={job} />
        <p className="mt-1 text-xs text-stone-500">
          Changed <LocalTime date={job.updatedAt} relative />
        </p>
      </>
    ),
    className: "min-w-36 text-stone-700",
  },
  {
    header: "Last error",
    cell: (job) => <AdminJobError message={job.lastError} truncated={job.lastErrorTruncated} />,
    className: "min-w-64",
  },
  {
    header: "Actions",
    hideHeader: true,
    align: "right",
    cell: (job) => (job.state === "failed" || job.state === "dead") && <AdminJobActions job={job} />,
    className: "whitespace-nowrap",
  },
];

export function AdminJobTable({ input, page }: { input: ListJobsInput; page: AdminJobPage }) {
  return (
    <DataTable
      caption="Jobs"
      columns={columns}
      rows={page.items}
      rowClassName="align-top hover:bg-stone-50"
      empty={empty[input.state ?? "all"]}
      pager={{ paging: page, hrefFor: (number) => adminJobSearchHref(input, { page: String(number) }) }}
    />
  );
}
