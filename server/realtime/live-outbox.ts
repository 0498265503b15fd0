// Durable live events that must not be lost are written to the outbox in the transaction that
// causes them (an order paid, a message sent): the job exists if and only if the change
// committed, and the worker publishes it (graphile-worker is woken by LISTEN/NOTIFY, so this
// takes milliseconds, not a poll interval). A retry publishes once (dedupe by job id).
import "server-only";
import { enqueueJob } from "../jobs/enqueue";
import type { SqlExecutor } from "../pool-transaction";
import type { DurableLiveEvent } from "./live-event.schema";

export async function enqueueLiveEvent(tx: SqlExecutor, channels: string[], event: DurableLiveEvent): Promise<void> {
  await enqueueJob(tx, "publish-live-event", { channels, event });
}
