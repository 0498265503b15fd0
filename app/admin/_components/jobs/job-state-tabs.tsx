import Link from "next/link";
import { adminJobSearchHref } from "@/app/admin/_lib/job-search";
import { jobStates, type JobStateCounts, type ListJobsInput } from "@/server/jobs/jobs-admin.schema";
import { jobStateLabels } from "./job-state";

// One tab per state with its count; "All" first. The state lives in the URL.
export function AdminJobStateTabs({ input, counts }: { input: ListJobsInput; counts: JobStateCounts }) {
  const tabs = [
    { state: null, label: "All", count: jobStates.reduce((sum, state) => sum + counts[state], 0) },
    ...jobStates.map((state) => ({ state, label: jobStateLabels[state], count: counts[state] })),
  ];
  return (
    <nav aria-label="Job states" className="mb-4">
      {/* Wraps onto a second line on phones rather than scrolling sideways. */}
      <ul role="list" className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const current = (input.state ?? null) === tab.state;
          return (
            <li key={tab.label}>
              <Link
                href={adminJobSearchHref(input, { state: tab.state })}
                aria-current={current ? "page" : undefined}
                className={`flex items-center gap-2 rounded-full px-3.5 py-1.5 text-sm font-medium whitespace-nowrap ring-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
                  current ? "bg-ink text-white ring-ink" : "bg-white text-stone-700 ring-stone-200 hover:ring-stone-400"
                }`}
              >
                {tab.label}
                <span
                  className={`rounded-full px-1.5 text-xs tabular-nums ${current ? "bg-white/20 text-white" : "bg-stone-100 text-stone-700"}`}
                >
                  {tab.count}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
