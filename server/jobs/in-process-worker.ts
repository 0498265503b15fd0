// Starts the job worker inside the web process: the default in development only
// (JOBS_IN_PROCESS); production runs `npm run worker` beside the web instances. One per
// process. On shutdown it stops taking jobs and lets running ones finish before the
// connections close (server/lib/lifecycle.ts).
import "server-only";
import type { Runner } from "graphile-worker";
import { env } from "../env";
import { SHUTDOWN_STAGE, onShutdown } from "../lib/lifecycle";
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
  onShutdown("job worker", SHUTDOWN_STAGE.work, async () => (await runner).stop());
}
