// Heartbeats of live job workers, and unlocking the jobs of workers that died. graphile-worker
// frees a dead worker's jobs only after 4 hours (it cannot tell a slow worker from a dead
// one); with heartbeats we can, and hand the jobs back within a minute.
import "server-only";
import { db } from "../db";

export async function recordHeartbeats(workerIds: string[]): Promise<void> {
  if (workerIds.length === 0) return;
  await db.$executeRaw`
    INSERT INTO job_worker_heartbeats ("workerId", "seenAt")
    SELECT id, now() FROM unnest(${workerIds}::text[]) AS id
    ON CONFLICT ("workerId") DO UPDATE SET "seenAt" = now()`;
}

export async function forgetWorkers(workerIds: string[]): Promise<void> {
  await db.$executeRaw`DELETE FROM job_worker_heartbeats WHERE "workerId" = ANY(${workerIds}::text[])`;
}

// Workers holding a job for longer than `staleSeconds` with no heartbeat as recent: dead.
// Their jobs (and job queues) go back to the queue through graphile-worker's own function.
export async function unlockJobsOfDeadWorkers(staleSeconds: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ workerId: string }[]>`
    SELECT DISTINCT j.locked_by AS "workerId"
    FROM graphile_worker._private_jobs j
    WHERE j.locked_by IS NOT NULL
      AND j.locked_at < now() - make_interval(secs => ${staleSeconds})
      AND NOT EXISTS (
        SELECT 1 FROM job_worker_heartbeats h
        WHERE h."workerId" = j.locked_by AND h."seenAt" > now() - make_interval(secs => ${staleSeconds})
      )`;
  const dead = rows.map((row) => row.workerId);
  if (dead.length > 0) await db.$executeRaw`SELECT graphile_worker.force_unlock_workers(${dead}::text[])`;
  await db.$executeRaw`DELETE FROM job_worker_heartbeats WHERE "seenAt" < now() - interval '1 day'`;
  return dead;
}
