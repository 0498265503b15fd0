// Reads what the local capture server received, for the /dev/mail page. Exists only in
// capture mode (RESEND_BASE_URL set, no RESEND_API_KEY); with real Resend it is NOT_FOUND.
import "server-only";
import { z } from "../lib/zod";
import { env } from "../env";
import { DomainError } from "../lib/errors";
import type { CapturedEmailView } from "./dev-mail.schema";

const captureListSchema = z.object({
  data: z.array(z.object({ id: z.string(), to: z.array(z.string()), subject: z.string(), html: z.string(), text: z.string(), createdAt: z.string() })),
});

export function captureModeEnabled(): boolean {
  return Boolean(env.RESEND_BASE_URL) && !env.RESEND_API_KEY;
}

// Every href of the message, so a person (or a test) can follow its links.
function linksOf(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((match) => (match[1] ?? "").replaceAll("&amp;", "&"));
}

export async function listCapturedEmails(): Promise<CapturedEmailView[]> {
  if (!captureModeEnabled() || !env.RESEND_BASE_URL) throw new DomainError("NOT_FOUND", "Mail capture is not enabled");
  const response = await fetch(`${env.RESEND_BASE_URL}/emails`, { cache: "no-store" });
  if (!response.ok) throw new Error(`capture server answered ${response.status}`);
  const { data } = captureListSchema.parse(await response.json());
  return data.map((email) => ({ ...email, links: linksOf(email.html) }));
}
