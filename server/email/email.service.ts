// The shop's emails: a job names a template and its props, and the email is built from them
// (email-templates.ts) and handed to the mailer.
import "server-only";
import type { SendEmailPayload } from "../jobs/job.schema";
import { deliverEmail } from "../lib/mailer";
import { buildEmail } from "./email-templates";

export async function sendEmail(
  message: Omit<SendEmailPayload, "props"> & { props: Record<string, unknown>; idempotencyKey: string },
): Promise<string> {
  const { subject, element } = buildEmail(message.template, message.props);
  return deliverEmail({ to: message.to, subject, element, idempotencyKey: message.idempotencyKey });
}
