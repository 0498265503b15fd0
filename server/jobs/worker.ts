// Runs the job worker: inside the app process by default (instrumentation.ts), as its own
// process with `npm run worker`, or one drain per call on Vercel (app/api/cron/jobs).
import "server-only";
import { Logger, run, runOnce, type Runner } from "graphile-worker";
import { env } from "../env";
import { logger } from "../lib/logger";
import { taskList } from "./tasks";

const workerLogger = new Logger((scope) => (level, message, meta) => {
  const line = { scope: { label: scope.label, taskIdentifier: scope.taskIdentifier, jobId: scope.jobId }, meta };
  if (level === "error") logger.error(line, message);
  else if (level === "warning") logger.warn(line, message);
  else logger.debug(line, message);
});

const baseOptions = () => ({ connectionString: env.DATABASE_URL, taskList, logger: workerLogger, noHandleSignals: true });

export function startWorker(concurrency = 2): Promise<Runner> {
  return run({ ...baseOptions(), concurrency, pollInterval: 1_000 });
}

export async function drainJobsOnce(): Promise<void> {
  await runOnce(baseOptions());
}
