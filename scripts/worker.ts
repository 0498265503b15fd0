// `npm run worker`: the job worker as its own process (containers set JOBS_IN_PROCESS=false
// on the web processes). Finishes running jobs on SIGTERM/SIGINT before exiting.
import { startWorker } from "../server/jobs/worker";

const runner = await startWorker(Number(process.env.WORKER_CONCURRENCY ?? 4));
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => void runner.stop().then(() => process.exit(0)));
}
await runner.promise;
