import type { JobState } from "@/server/jobs/jobs-admin.schema";

export const jobStateLabels: Record<JobState, string> = {
  queued: "Queued",
  failed: "Failed",
  dead: "Dead-lettered",
  locked: "Running",
};

const tones: Record<JobState, string> = {
  queued: "bg-stone-100 text-stone-700 ring-stone-200",
  failed: "bg-amber-50 text-amber-800 ring-amber-200",
  dead: "bg-red-50 text-red-700 ring-red-200",
  locked: "bg-sky-50 text-sky-800 ring-sky-200",
};

export function JobStatePill({ state }: { state: JobState }) {
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${tones[state]}`}>{jobStateLabels[state]}</span>;
}
