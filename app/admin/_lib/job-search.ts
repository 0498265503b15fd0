// The jobs list's state, task and page live in the URL (shareable, back button works).
// Anything malformed in it is dropped rather than turned into an error page.
import { jobNames, jobStates, type ListJobsInput } from "@/server/jobs/jobs-admin.schema";
import type { SearchParams } from "@/app/_lib/search-params";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const PAGE_SIZE = 25;

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((candidate) => candidate === value);
}

export function parseAdminJobSearch(params: SearchParams): ListJobsInput {
  const state = oneOf(jobStates, first(params.state));
  const task = oneOf(jobNames, first(params.task));
  const page = Number(first(params.page));
  return {
    ...(state ? { state } : {}),
    ...(task ? { task } : {}),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    pageSize: PAGE_SIZE,
  };
}

// The URL for the same list with some of state, task or page changed; changing a filter goes back to page 1.
export function adminJobSearchHref(
  current: ListJobsInput,
  change: Partial<Record<"state" | "task" | "page", string | null>>,
): string {
  const merged = { state: current.state ?? null, task: current.task ?? null, page: null as string | null, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `/admin/jobs?${query}` : "/admin/jobs";
}
