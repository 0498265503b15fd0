"use client";
import { useRouter } from "next/navigation";
import { adminJobSearchHref } from "@/app/admin/_lib/job-search";
import { jobNames, type ListJobsInput } from "@/server/jobs/jobs-admin.schema";

const selectStyles = "h-10 rounded-xl border border-stone-300 bg-white px-3 text-sm text-ink shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600";

// Applies on change: a single select needs no Apply button.
export function AdminJobTaskFilter({ input }: { input: ListJobsInput }) {
  const router = useRouter();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="job-task" className="text-sm font-medium text-stone-600">
        Task
      </label>
      <select id="job-task" defaultValue={input.task ?? ""} className={selectStyles} onChange={(event) => router.push(adminJobSearchHref(input, { task: event.target.value || null }))}>
        <option value="">All tasks</option>
        {jobNames.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
