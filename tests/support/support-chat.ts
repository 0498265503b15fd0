// Support chat in integration tests: a shopper with an open conversation, staff, and the live
// events the outbox holds (jobs not yet run).
import { randomUUID } from "node:crypto";
import type { Db } from "../../server/db";
import { signedInCaller } from "./callers";

export type ChatCaller = Awaited<ReturnType<typeof signedInCaller>>["caller"];

export async function shopperWithConversation(db: Db, firstMessage = "Hello, where is my parcel?") {
  const shopper = await signedInCaller(db);
  const conversation = await shopper.caller.support.open({ firstMessage: { id: randomUUID(), body: firstMessage } });
  return { ...shopper, conversation };
}

export const staffCaller = (db: Db) => signedInCaller(db, { role: "ADMIN", name: "Sam Staff" });

export const say = (caller: ChatCaller, conversationId: string, body: string, id = randomUUID()) =>
  caller.support.send({ conversationId, id, body });

export const answer = (caller: ChatCaller, conversationId: string, body: string, id = randomUUID()) =>
  caller.admin.support.send({ conversationId, id, body });

// Jobs of one task waiting in the outbox, oldest first, with their payloads (which the
// library's public view leaves out).
export function queuedJobs<Payload>(db: Db, task: string) {
  return db.$queryRaw<{ payload: Payload; runAt: Date; key: string | null }[]>`
    SELECT j.payload, j.run_at AS "runAt", j.key
    FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = ${task} ORDER BY j.id`;
}

// Durable live events waiting in the outbox, oldest first.
export async function queuedLiveEvents(db: Db) {
  const jobs = await queuedJobs<{ channels: string[]; event: { type: string } }>(db, "publish-live-event");
  return jobs.map((job) => job.payload);
}
