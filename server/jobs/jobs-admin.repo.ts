// Staff's view of graphile-worker's queue. Reads go to the library's tables because its public
// view (graphile_worker.jobs) leaves out the payload, which the summary needs. Every change
// goes through the library's own functions (reschedule_jobs, complete_jobs), which refuse
// locked jobs themselves.
import "server-only";
import { db, type DbTransaction } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { DbExecutor } from "../prisma-factory";
import { JOB_ERROR_MAX_CHARS, type JobState, type ListJobsInput } from "./jobs-admin.schema";

// Task identifier → the payload keys that may leave the database.
export type SummaryFields = Record<string, readonly string[]>;

export type JobRecord = {
  id: bigint;
  task: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lockedAt: Date | null;
  lastError: string | null;
  lastErrorTruncated: boolean;
  summary: Record<string, string>;
  createdAt: Date;
  updatedAt: Date;
};

// The library treats a lock older than 4 hours as abandoned by a crashed worker: its admin
// functions act on such a job and the worker clears the lock. So do we.
const jobState = Prisma.sql`CASE
  WHEN j.locked_at > now() - interval '4 hours' THEN 'locked'
  WHEN j.attempts >= j.max_attempts THEN 'dead'
  WHEN j.last_error IS NOT NULL THEN 'failed'
  ELSE 'queued' END`;

const fromJobs = Prisma.sql`FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id`;

// Only whitelisted payload keys are selected, so secrets in a payload never reach the app.
function jobColumns(fields: SummaryFields) {
  return Prisma.sql`
    j.id, t.identifier AS task, ${jobState} AS state, j.attempts::int AS "attempts", j.max_attempts::int AS "maxAttempts",
    j.run_at AS "runAt", j.locked_at AS "lockedAt", left(j.last_error, ${JOB_ERROR_MAX_CHARS}) AS "lastError",
    coalesce(length(j.last_error) > ${JOB_ERROR_MAX_CHARS}, false) AS "lastErrorTruncated",
    CASE WHEN json_typeof(j.payload) = 'object' THEN (
      SELECT coalesce(json_object_agg(field.key, field.value), '{}'::json)
      FROM json_each_text(j.payload) AS field
      WHERE field.key IN (SELECT jsonb_array_elements_text(${JSON.stringify(fields)}::jsonb -> t.identifier))
    ) ELSE '{}'::json END AS summary,
    j.created_at AS "createdAt", j.updated_at AS "updatedAt"`;
}

function whereOf(filter: { task?: string | undefined; state?: JobState | undefined }) {
  const conditions = [Prisma.sql`true`];
  if (filter.task) conditions.push(Prisma.sql`t.identifier = ${filter.task}`);
  if (filter.state) conditions.push(Prisma.sql`${jobState} = ${filter.state}`);
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

export function listJobs(input: ListJobsInput, fields: SummaryFields) {
  return db.$queryRaw<JobRecord[]>`
    SELECT ${jobColumns(fields)}
    ${fromJobs}
    ${whereOf(input)}
    ORDER BY j.updated_at DESC, j.id DESC
    LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`;
}

export function countJobsByState(task: string | undefined) {
  return db.$queryRaw<{ state: JobState; count: number }[]>`
    SELECT ${jobState} AS state, count(*)::int AS count
    ${fromJobs}
    ${whereOf({ task })}
    GROUP BY 1`;
}

// Queue depth for /api/metrics: every task's jobs by state.
export function countJobsByTaskAndState() {
  return db.$queryRaw<{ task: string; state: JobState; count: number }[]>`
    SELECT t.identifier AS task, ${jobState} AS state, count(*)::int AS count
    ${fromJobs}
    GROUP BY 1, 2`;
}

export async function findJob(id: bigint, fields: SummaryFields, executor: DbExecutor = db): Promise<JobRecord | null> {
  const rows = await executor.$queryRaw<JobRecord[]>`SELECT ${jobColumns(fields)} ${fromJobs} WHERE j.id = ${id}`;
  return rows[0] ?? null;
}

// Holds the row for the rest of the transaction: the worker skips locked rows when it picks
// jobs, so the state read here is the state the change applies to (and the audit's "before").
export async function lockJob(tx: DbTransaction, id: bigint, fields: SummaryFields): Promise<JobRecord | null> {
  const rows = await tx.$queryRaw<
    JobRecord[]
  >`SELECT ${jobColumns(fields)} ${fromJobs} WHERE j.id = ${id} FOR UPDATE OF j`;
  return rows[0] ?? null;
}

// Due now with a fresh set of attempts; returns false if the library refused (locked).
export async function rescheduleNow(tx: DbTransaction, id: bigint): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: bigint }[]>`
    SELECT id FROM graphile_worker.reschedule_jobs(ARRAY[${id}]::bigint[], run_at => now(), attempts => 0)`;
  return rows.length > 0;
}

// complete_jobs deletes the job: the library's way to remove one for good.
export async function deleteJob(tx: DbTransaction, id: bigint): Promise<boolean> {
  const rows = await tx.$queryRaw<
    { id: bigint }[]
  >`SELECT id FROM graphile_worker.complete_jobs(ARRAY[${id}]::bigint[])`;
  return rows.length > 0;
}
