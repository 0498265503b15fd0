// Sends one email through Resend: the real API when RESEND_API_KEY is set, the local capture
// server (same HTTP API) when RESEND_BASE_URL points at it. Only the job worker calls this.
import "server-only";
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { Resend } from "resend";
import { env } from "../env";

// The capture server ignores the key, but the SDK requires one.
const CAPTURE_API_KEY = "re_local_capture";

let client: Resend | undefined;

function resend(): Resend {
  if (!env.RESEND_API_KEY && !env.RESEND_BASE_URL) {
    throw new Error("No email transport: set RESEND_API_KEY (Resend) or RESEND_BASE_URL (capture server)");
  }
  client ??= new Resend(
    env.RESEND_API_KEY ?? CAPTURE_API_KEY,
    env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined,
  );
  return client;
}

// The same key twice sends once (a retry after a lost response).
export type OutgoingEmail = { to: string; subject: string; element: ReactElement; idempotencyKey: string };

export async function deliverEmail(email: OutgoingEmail): Promise<string> {
  // Resend's react option sends no plain-text part; render both ourselves.
  const [html, text] = await Promise.all([render(email.element), render(email.element, { plainText: true })]);
  const { data, error } = await resend().emails.send(
    { from: env.MAIL_FROM, to: email.to, subject: email.subject, html, text },
    { idempotencyKey: email.idempotencyKey },
  );
  if (error) throw new Error(`email provider refused "${email.subject}": ${error.name}: ${error.message}`);
  if (!data) throw new Error("email provider returned no id");
  return data.id;
}
