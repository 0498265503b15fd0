// Starts the job worker inside the web process (the default; JOBS_IN_PROCESS=false where a
// separate `npm run worker` or the Vercel cron route runs jobs). One per process, and it
// finishes its running jobs before the process exits.
import "server-only";
import type { Runner } from "graphile-worker";
import { env } from "../env";
import { logger } from "../lib/logger";
import { startWorker } from "./worker";

const globalForWorker = globalThis as unknown as { shopfrontWorker?: Promise<Runner> };

export function startInProcessWorker(): void {
  if (env.JOBS_IN_PROCESS !== "true" || globalForWorker.shopfrontWorker) return;
  const runner = startWorker();
  globalForWorker.shopfrontWorker = runner;
  runner.then(
    () => logger.info("job worker started in-process"),
    (error: unknown) => logger.error({ err: error }, "job worker failed to start"),
  );
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void runner.then((worker) => worker.stop()).finally(() => process.exit(0));
    });
  }
}
