// Staff repair of the job queue: see failed and dead-lettered jobs, run one again or remove it.
// Each change runs in one transaction with its audit entry.
import "server-only";
import { db, type DbTransaction } from "../db";
import { recordAudit, type AdminActor } from "../audit/audit.service";
import { DomainError } from "../lib/errors";
import type { JobName, JobPayload } from "./job.schema";
import * as jobsAdminRepo from "./jobs-admin.repo";
import {
  jobStates,
  type AdminJob,
  type AdminJobPage,
  type JobStateCounts,
  type ListJobsInput,
} from "./jobs-admin.schema";

// The payload fields staff may see. Payloads also carry secrets that must never reach a
// browser or the audit log: send-email props hold the verification and reset links (live
// tokens), sign-up holds the password's argon2 hash. Who and what is enough to act on a job.
const jobSummaryFields = {
  "send-email": ["template", "to"],
  "support-reply-email": ["conversationId"],
  "sign-up": ["email"],
  "password-reset-request": ["email"],
  "release-unpaid-order": ["orderId"],
  "discard-unconfirmed-upload": ["imageId"],
  // Session ids are keys to nothing on their own, but staff need only the task name.
  "mark-sessions-revoked": [],
  "publish-live-event": ["channels"],
} as const satisfies { [Name in JobName]: readonly (keyof JobPayload<Name> & string)[] };

function toAdminJob(record: jobsAdminRepo.JobRecord): AdminJob {
  return { ...record, id: record.id.toString() };
}

// What the audit keeps of a job: after a discard it is the only record of what was removed.
function auditView(record: jobsAdminRepo.JobRecord) {
  return {
    task: record.task,
    state: record.state,
    attempts: record.attempts,
    maxAttempts: record.maxAttempts,
    runAt: record.runAt.toISOString(),
    lastError: record.lastError,
    ...record.summary,
  };
}

export async function listJobs(input: ListJobsInput): Promise<AdminJobPage> {
  const [rows, byState] = await Promise.all([
    jobsAdminRepo.listJobs(input, jobSummaryFields),
    jobsAdminRepo.countJobsByState(input.task),
  ]);
  const counts = Object.fromEntries(
    jobStates.map((state) => [state, byState.find((row) => row.state === state)?.count ?? 0]),
  ) as JobStateCounts;
  const total = input.state ? counts[input.state] : jobStates.reduce((sum, state) => sum + counts[state], 0);
  return { items: rows.map(toAdminJob), counts, total, page: input.page, pageSize: input.pageSize };
}

// Locks the job and checks that it is one staff may repair: failed or dead-lettered, not running.
async function lockRepairableJob(tx: DbTransaction, id: bigint): Promise<jobsAdminRepo.JobRecord> {
  const job = await jobsAdminRepo.lockJob(tx, id, jobSummaryFields);
  if (!job) throw new DomainError("JOB_NOT_FOUND", "No such job: it may have finished or been discarded");
  if (job.state === "locked") throw new DomainError("JOB_LOCKED", "The job is running; wait for it to finish");
  if (job.state === "queued") throw new DomainError("JOB_NOT_FAILED", "The job has not failed; it will run on its own");
  return job;
}

const refusedAsLocked = () => new DomainError("JOB_LOCKED", "The job queue refused the change: the job is running");

// Due now with all its attempts back (the library's reschedule_jobs), so a dead-lettered job
// gets the full back-off schedule again rather than a single try. Its last error stays visible.
export function retryJob(actor: AdminActor, id: string): Promise<AdminJob> {
  const jobId = BigInt(id);
  return db.$transaction(async (tx) => {
    const before = await lockRepairableJob(tx, jobId);
    if (!(await jobsAdminRepo.rescheduleNow(tx, jobId))) throw refusedAsLocked();
    const after = await jobsAdminRepo.findJob(jobId, jobSummaryFields, tx);
    if (!after) throw new DomainError("JOB_NOT_FOUND", "No such job");
    await recordAudit(tx, actor, {
      action: "job.retry",
      entityType: "job",
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return toAdminJob(after);
  });
}

// Removed for good (the library's complete_jobs); the audit entry keeps what it was.
export function discardJob(actor: AdminActor, id: string): Promise<{ id: string }> {
  const jobId = BigInt(id);
  return db.$transaction(async (tx) => {
    const before = await lockRepairableJob(tx, jobId);
    if (!(await jobsAdminRepo.deleteJob(tx, jobId))) throw refusedAsLocked();
    await recordAudit(tx, actor, {
      action: "job.discard",
      entityType: "job",
      entityId: id,
      before: auditView(before),
      after: null,
    });
    return { id };
  });
}

export function jobQueueDepth() {
  return jobsAdminRepo.countJobsByTaskAndState();
}
