// The email a shopper gets when a staff answer has sat unread for 10 minutes (the job is
// enqueued with the answer, support-admin.service.ts). Checked when the job runs: read by
// then, or the account disabled, and nothing is sent. The email goes through the outbox like
// every other one; its job key makes a rerun of this job queue it once.
import "server-only";
import { db } from "../db";
import { env } from "../env";
import { enqueueJob } from "../jobs/enqueue";
import type { JobPayload } from "../jobs/job.schema";
import * as supportRepo from "./support.repo";

export function emailUnreadReply(payload: JobPayload<"support-reply-email">): Promise<void> {
  return db.$transaction(async (tx) => {
    const conversation = await supportRepo.findForReplyEmail(tx, payload.conversationId);
    if (!conversation || conversation.shopperReadSeq >= payload.seq || conversation.customer.disabledAt) return;
    const url = new URL(`/account/support/${conversation.id}`, env.APP_URL).toString();
    await enqueueJob(
      tx,
      "send-email",
      {
        to: conversation.customer.email,
        template: "support-reply",
        props: { name: conversation.customer.name, subject: conversation.subject, url },
      },
      { jobKey: `support-reply-email:${conversation.id}:${payload.seq}` },
    );
  });
}
