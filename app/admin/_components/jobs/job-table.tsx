import type { AdminJob } from "@/server/jobs/jobs-admin.schema";
import { AdminJobActions } from "./job-actions";
import { AdminJobError } from "./job-error";
import { JobStatePill } from "./job-state";
import { AdminTable } from "@/app/_components/ui/data-table";
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

export function AdminJobTable({ jobs }: { jobs: AdminJob[] }) {
  return (
    <AdminTable
      caption="Jobs"
      head={
        <>
          <th scope="col" className="px-4 py-3">Job</th>
          <th scope="col" className="px-4 py-3">State</th>
          <th scope="col" className="px-4 py-3">Next run</th>
          <th scope="col" className="px-4 py-3">Last error</th>
          <th scope="col" className="px-4 py-3 text-right">
            <span className="sr-only">Actions</span>
          </th>
        </>
      }
    >
      {jobs.map((job) => (
        <tr key={job.id} className="align-top hover:bg-stone-50">
          <td className="min-w-56 px-4 py-3">
            <p className="font-medium whitespace-nowrap text-ink">
              {job.task} <span className="font-mono text-xs font-normal text-stone-500">#{job.id}</span>
            </p>
            <Summary summary={job.summary} />
          </td>
          <td className="px-4 py-3">
            <JobStatePill state={job.state} />
            <p className="mt-1 text-xs whitespace-nowrap text-stone-500 tabular-nums">
              {job.attempts}/{job.maxAttempts} attempts
            </p>
          </td>
          <td className="min-w-36 px-4 py-3 text-stone-700">
            <NextRun job={job} />
            <p className="mt-1 text-xs text-stone-500">
              Changed <LocalTime date={job.updatedAt} relative />
            </p>
          </td>
          <td className="min-w-64 px-4 py-3">
            <AdminJobError message={job.lastError} truncated={job.lastErrorTruncated} />
          </td>
          <td className="px-4 py-3 text-right whitespace-nowrap">{(job.state === "failed" || job.state === "dead") && <AdminJobActions job={job} />}</td>
        </tr>
      ))}
    </AdminTable>
  );
}
