import { z } from "../lib/zod";
import { jobPayloads, type JobName } from "./job.schema";

export const JOBS_MAX_PAGE_SIZE = 100;
// Enough of an error to act on; a full stack trace is for the logs.
export const JOB_ERROR_MAX_CHARS = 2000;

// Derived from the job's columns, first match wins:
// locked  a worker holds it (running now);
// dead    attempts >= max_attempts: dead-lettered, never runs again unless staff retry it;
// failed  it has a last error and attempts left: it retries by itself at run_at;
// queued  no error yet: waiting for run_at (scheduled) or a free worker.
export const jobStates = ["queued", "failed", "dead", "locked"] as const;
export const jobStateSchema = z.enum(jobStates);
export type JobState = z.infer<typeof jobStateSchema>;

export const jobNames = Object.keys(jobPayloads) as [JobName, ...JobName[]];

export const listJobsInput = z.strictObject({
  // Without a state: every job.
  state: jobStateSchema.optional(),
  task: z.enum(jobNames).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(JOBS_MAX_PAGE_SIZE).default(25),
});
export type ListJobsInput = z.infer<typeof listJobsInput>;

// graphile-worker ids are bigints; as decimal text on the wire. 18 digits always fit a bigint.
export const jobIdInput = z.strictObject({ id: z.string().regex(/^[1-9]\d{0,17}$/, "Not a job id") });
export type JobIdInput = z.infer<typeof jobIdInput>;

export const adminJobSchema = z.object({
  id: z.string(),
  task: z.string(),
  state: jobStateSchema,
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  runAt: z.date(),
  lockedAt: z.date().nullable(),
  lastError: z.string().nullable(),
  lastErrorTruncated: z.boolean(),
  // Only the payload fields that are safe to show (see jobSummaryFields in the service).
  summary: z.record(z.string(), z.string()),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type AdminJob = z.infer<typeof adminJobSchema>;

export const jobStateCountsSchema = z.record(jobStateSchema, z.number().int());
export type JobStateCounts = z.infer<typeof jobStateCountsSchema>;

export const adminJobPageSchema = z.object({
  items: z.array(adminJobSchema),
  // Per state, for the task filter (if any) but not the state filter, so every tab shows its count.
  counts: jobStateCountsSchema,
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AdminJobPage = z.infer<typeof adminJobPageSchema>;

export const discardJobResultSchema = z.object({ id: z.string() });
