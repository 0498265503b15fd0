// A drain (runOnce: tests, the Vercel cron route) returns only once what its jobs ended as is
// written. Otherwise a job done just before the drain returned could still be in the table,
// locked, and run again once its worker counted as dead.
import { runOnce, type Task } from "graphile-worker";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { env } from "../env";
import { workerOptions } from "./worker";

type JobRow = { attempts: number; locked_at: Date | null; last_error: string | null };
const jobs = () => db.$queryRaw<JobRow[]>`SELECT attempts, locked_at, last_error FROM graphile_worker.jobs`;

// Holds the running job's row for a moment after the task has finished, so the worker's write
// of the outcome (a delete, or the failure's update) waits for it.
async function holdRowAfterTask(jobId: string): Promise<void> {
  const locker = new pg.Client({ connectionString: env.DATABASE_URL });
  await locker.connect();
  await locker.query("BEGIN");
  await locker.query("SELECT 1 FROM graphile_worker._private_jobs WHERE id = $1 FOR UPDATE", [jobId]);
  setTimeout(() => void locker.query("COMMIT").finally(() => locker.end()), 500);
}

async function drainWith(task: Task): Promise<void> {
  await db.$executeRaw`SELECT graphile_worker.add_job('probe', '{}'::json, max_attempts => 2)`;
  await runOnce({ ...workerOptions(), taskList: { probe: task } });
}

describe("a drain of the job queue", () => {
  it("returns after the job it finished is deleted", async () => {
    await drainWith(async (_payload, helpers) => holdRowAfterTask(helpers.job.id));
    expect(await jobs()).toEqual([]);
  });

  it("returns after the job that failed is unlocked with its error, for its retry", async () => {
    await drainWith(async (_payload, helpers) => {
      await holdRowAfterTask(helpers.job.id);
      throw new Error("the mail service is down");
    });
    expect(await jobs()).toEqual([{ attempts: 1, locked_at: null, last_error: "the mail service is down" }]);
  });
});
