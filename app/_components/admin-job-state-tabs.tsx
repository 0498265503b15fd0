import Link from "next/link";
import { adminJobSearchHref } from "@/app/_lib/admin-job-search";
import { jobStates, type JobStateCounts, type ListJobsInput } from "@/server/jobs/jobs-admin.schema";
import { jobStateLabels } from "./admin-job-state";

// One tab per state with its count; "All" first. The state lives in the URL.
export function AdminJobStateTabs({ input, counts }: { input: ListJobsInput; counts: JobStateCounts }) {
  const tabs = [
    { state: null, label: "All", count: jobStates.reduce((sum, state) => sum + counts[state], 0) },
    ...jobStates.map((state) => ({ state, label: jobStateLabels[state], count: counts[state] })),
  ];
  return (
    <nav aria-label="Job states" className="mb-4 overflow-x-auto">
      <ul role="list" className="flex gap-1 border-b border-stone-200">
        {tabs.map((tab) => {
          const current = (input.state ?? null) === tab.state;
          return (
            <li key={tab.label}>
              <Link
                href={adminJobSearchHref(input, { state: tab.state })}
                aria-current={current ? "page" : undefined}
                className={`-mb-px flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-brand-600 ${
                  current ? "border-brand-600 text-brand-700" : "border-transparent text-stone-600 hover:border-stone-300 hover:text-ink"
                }`}
              >
                {tab.label}
                <span className={`rounded-full px-1.5 text-xs tabular-nums ${current ? "bg-brand-50 text-brand-700" : "bg-stone-100 text-stone-600"}`}>{tab.count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
