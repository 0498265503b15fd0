// Reads what the local capture server received, for the /dev/mail page. Exists only in
// capture mode (RESEND_BASE_URL set, no RESEND_API_KEY), and in a production build only for
// staff when MAIL_VIEWER_ENABLED=true (mail-viewer-access.ts); otherwise it is NOT_FOUND.
import "server-only";
import { z } from "../lib/zod";
import { assertLiveSession } from "../auth/session.service";
import type { AccessClaims } from "../auth/jwt";
import { env } from "../env";
import { DomainError } from "../lib/errors";
import type { CapturedEmailView } from "./dev-mail.schema";
import { mailViewerAccess } from "./mail-viewer-access";

const captureListSchema = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      to: z.array(z.string()),
      subject: z.string(),
      html: z.string(),
      text: z.string(),
      createdAt: z.string(),
    }),
  ),
});

export function captureModeEnabled(): boolean {
  return Boolean(env.RESEND_BASE_URL) && !env.RESEND_API_KEY;
}

const notHere = () => new DomainError("NOT_FOUND", "Mail capture is not enabled");

// Unknown callers and shoppers get the same NOT_FOUND as a server without the viewer.
async function assertMayRead(session: AccessClaims | null): Promise<void> {
  const access = mailViewerAccess({
    production: env.NODE_ENV === "production",
    captureMode: captureModeEnabled(),
    enabledInProduction: env.MAIL_VIEWER_ENABLED === "true",
  });
  if (access === "open") return;
  if (access === "closed" || session?.role !== "ADMIN") throw notHere();
  await assertLiveSession(session, "ADMIN").catch(() => {
    throw notHere();
  });
}

// Every href of the message, so a person (or a test) can follow its links.
function linksOf(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((match) => (match[1] ?? "").replaceAll("&amp;", "&"));
}

export async function listCapturedEmails(session: AccessClaims | null): Promise<CapturedEmailView[]> {
  await assertMayRead(session);
  const response = await fetch(`${env.RESEND_BASE_URL}/emails`, { cache: "no-store" });
  if (!response.ok) throw new Error(`capture server answered ${response.status}`);
  const { data } = captureListSchema.parse(await response.json());
  return data.map((email) => ({ ...email, links: linksOf(email.html) }));
}
