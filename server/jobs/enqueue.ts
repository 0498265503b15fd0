// Transactional outbox: a job is written with graphile_worker.add_job inside the same
// PostgreSQL transaction as the change that causes it, so it exists if and only if the change
// committed. The worker picks it up from there; nothing is sent inside the request.
import "server-only";
import type { SqlExecutor } from "../pool-transaction";
import { DEFAULT_MAX_ATTEMPTS, jobPayloads, type JobName, type JobPayload } from "./job.schema";

type EnqueueOptions = { maxAttempts?: number; runAt?: Date; jobKey?: string };

export async function enqueueJob<Name extends JobName>(
  tx: SqlExecutor,
  name: Name,
  payload: JobPayload<Name>,
  options: EnqueueOptions = {},
): Promise<bigint> {
  const valid = jobPayloads[name].parse(payload);
  const rows = await tx.$queryRaw<{ id: bigint }[]>`
    SELECT (graphile_worker.add_job(
      identifier => ${name}::text,
      payload => ${JSON.stringify(valid)}::json,
      run_at => ${options.runAt ?? null}::timestamptz,
      max_attempts => ${options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS}::int,
      job_key => ${options.jobKey ?? null}::text
    )).id AS id`;
  const id = rows[0]?.id;
  if (id === undefined) throw new Error(`add_job returned no id for ${name}`);
  return id;
}
