// Runs every job that is due, as the worker would (graphile-worker runOnce), then returns
// what the mail capture server received.
import type { CapturedEmail } from "../../server/dev/mail-capture-server";
import { drainJobsOnce } from "../../server/jobs/worker";

type Capture = { emails: CapturedEmail[]; outage: { remainingRequests: number } };

export function mailCapture(): Capture {
  const capture = (globalThis as { mailCapture?: Capture }).mailCapture;
  if (!capture) throw new Error("mail capture server not started (tests/support/integration-setup.ts)");
  return capture;
}

export function capturedEmails(): CapturedEmail[] {
  return mailCapture().emails;
}

export async function runDueJobs(): Promise<CapturedEmail[]> {
  await drainJobsOnce();
  return capturedEmails();
}

export function linkFrom(email: { html: string } | undefined, path: string): string {
  const match = email?.html.match(new RegExp(`href="([^"]*${path}[^"]*)"`));
  if (!match?.[1]) throw new Error(`no ${path} link in email`);
  return match[1].replaceAll("&amp;", "&");
}

export function tokenFrom(email: { html: string } | undefined, path: string): string {
  return new URL(linkFrom(email, path)).searchParams.get("token") ?? "";
}
