// Runs the job worker: as its own process in production (`npm run worker`), inside the web
// process in development (instrumentation.ts), or one drain per call on Vercel
// (app/api/cron/jobs). A running worker keeps a heartbeat for its worker ids and hands back
// the jobs of workers that died (worker-liveness.repo.ts).
import "server-only";
import { EventEmitter } from "node:events";
import { Logger, run, runOnce, type Runner, type WorkerEvents } from "graphile-worker";
import { env } from "../env";
import { logger } from "../lib/logger";
import { taskList } from "./tasks";
import { forgetWorkers, recordHeartbeats, unlockJobsOfDeadWorkers } from "./worker-liveness.repo";

const HEARTBEAT_MS = 5_000;
// A worker silent for this long is dead; its jobs are back in the queue within about a minute.
export const DEAD_AFTER_SECONDS = 30;

const workerLogger = new Logger((scope) => (level, message, meta) => {
  const line = { scope: { label: scope.label, taskIdentifier: scope.taskIdentifier, jobId: scope.jobId }, meta };
  if (level === "error") logger.error(line, message);
  else if (level === "warning") logger.warn(line, message);
  else logger.debug(line, message);
});

export const workerOptions = () => ({
  connectionString: env.DATABASE_URL,
  taskList,
  logger: workerLogger,
  noHandleSignals: true,
  // Without batching, graphile-worker does not wait for a finished job's completion (or
  // failure) to be written: runOnce, and a worker's stop, could return while the last job was
  // still in the table, locked, to be run again once its worker counted as dead. Batches (of
  // whatever finishes within the same tick) are written before the pool ends (decision 051).
  preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
});

async function reapDeadWorkers(): Promise<void> {
  const dead = await unlockJobsOfDeadWorkers(DEAD_AFTER_SECONDS);
  if (dead.length > 0)
    logger.warn({ workers: dead }, "unlocked the jobs of job workers that stopped without finishing");
}

export async function startWorker(concurrency = 2): Promise<Runner> {
  const events: WorkerEvents = new EventEmitter();
  const workerIds = new Set<string>();
  events.on("pool:create", ({ workerPool }) => workerIds.add(workerPool.id));
  events.on("worker:create", ({ worker }) => workerIds.add(worker.workerId));
  const runner = await run({ ...workerOptions(), concurrency, pollInterval: 1_000, events });
  const beat = async () => {
    await recordHeartbeats([...workerIds]);
    await reapDeadWorkers();
  };
  await beat();
  const timer = setInterval(
    () => void beat().catch((error: unknown) => logger.warn({ err: error }, "job worker heartbeat failed")),
    HEARTBEAT_MS,
  );
  timer.unref();
  const stop = runner.stop.bind(runner);
  runner.stop = async () => {
    clearInterval(timer);
    await stop();
    await forgetWorkers([...workerIds]).catch(() => undefined);
  };
  return runner;
}

export async function drainJobsOnce(): Promise<void> {
  await reapDeadWorkers();
  await runOnce(workerOptions());
}
