// The worker's task list: job name → handler. Handlers validate their payload and must be
// safe to run more than once (a crash after the effect but before completion retries it).
import "server-only";
import type { TaskList } from "graphile-worker";
import { runPasswordResetRequestJob, runSignUpJob } from "../auth/auth.jobs";
import { sendEmail } from "../email/email.service";
import { releaseUnpaidOrder } from "../order/order.service";
import { orderConfirmationDetails } from "../order/order-confirmation-email";
import { discardUnconfirmedUpload } from "../media/media.service";
import { markSessionsRevoked } from "../auth/session-revocation";
import { publishDurable } from "../realtime/publish";
import { emailUnreadReply } from "../support/support-reply-email";
import {
  liveEventPayload,
  sendEmailPayload,
  sessionRevocationPayload,
  supportReplyEmailPayload,
  uploadJobPayload,
} from "./job.schema";

export const taskList: TaskList = {
  "send-email": async (rawPayload, helpers) => {
    const payload = sendEmailPayload.parse(rawPayload);
    // The confirmation lists the order itself, read now by the number the job carries.
    const props =
      payload.template === "order-confirmation"
        ? { ...payload.props, ...(await orderConfirmationDetails(payload.props.number ?? "")) }
        : payload.props;
    // The job id as Resend's idempotency key: a retry after a lost response never sends twice.
    await sendEmail({ ...payload, props, idempotencyKey: `job-${helpers.job.id}` });
  },
  "support-reply-email": (payload) => emailUnreadReply(supportReplyEmailPayload.parse(payload)),
  "sign-up": (payload) => runSignUpJob(payload),
  "password-reset-request": (payload) => runPasswordResetRequestJob(payload),
  "release-unpaid-order": (payload) => releaseUnpaidOrder(payload),
  "discard-unconfirmed-upload": (payload) => discardUnconfirmedUpload(uploadJobPayload.parse(payload)),
  "mark-sessions-revoked": (payload) => markSessionsRevoked(sessionRevocationPayload.parse(payload).sessionIds),
  "publish-live-event": async (rawPayload, helpers) => {
    const { channels, event } = liveEventPayload.parse(rawPayload);
    for (const channel of channels)
      await publishDurable(channel, event, { dedupeKey: `job-${helpers.job.id}:${channel}` });
  },
};
