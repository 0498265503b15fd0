"use client";
import { useRouter } from "next/navigation";
import { Label } from "@/app/_components/ui/label";
import { Select } from "@/app/_components/ui/select";
import { adminJobSearchHref } from "@/app/admin/_lib/job-search";
import { jobNames, type ListJobsInput } from "@/server/jobs/jobs-admin.schema";

// Applies on change: a single select needs no Apply button.
export function AdminJobTaskFilter({ input }: { input: ListJobsInput }) {
  const router = useRouter();
  return (
    <div className="flex items-center gap-2">
      <Label variant="filter" htmlFor="job-task">
        Task
      </Label>
      <Select
        id="job-task"
        width="auto"
        defaultValue={input.task ?? ""}
        onChange={(event) => router.push(adminJobSearchHref(input, { task: event.target.value || null }))}
      >
        <option value="">All tasks</option>
        {jobNames.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </div>
  );
}
