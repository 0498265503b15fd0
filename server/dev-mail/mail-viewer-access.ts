// Who may read captured mail. It holds live verification and password-reset links, so anyone
// who can read it can take over any account: in a production build (a demo, a staging site,
// `npm start`) only staff may, and only when MAIL_VIEWER_ENABLED says so. `next dev` on a
// developer's machine shows it to everyone, as a local mailbox.
import "server-only";

export type MailViewerAccess = "closed" | "staff" | "open";

export function mailViewerAccess(options: {
  production: boolean;
  captureMode: boolean;
  enabledInProduction: boolean;
}): MailViewerAccess {
  if (!options.captureMode) return "closed";
  if (!options.production) return "open";
  return options.enabledInProduction ? "staff" : "closed";
}
