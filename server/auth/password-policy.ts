// What a new password must be: 8–128 characters (the schema), not on the shipped list of
// common passwords (Firefox Accounts' list, from the OWASP SecLists top 1M), not the email.
import "server-only";
import commonPasswords from "fxa-common-password-list";
import { DomainError } from "../lib/errors";

export function assertAcceptablePassword(password: string, context: { email: string }): void {
  const lowered = password.toLowerCase();
  if (commonPasswords.test(lowered) || commonPasswords.test(password)) {
    throw new DomainError("WEAK_PASSWORD", "This password is too common. Choose one that is harder to guess.", {
      field: "password",
    });
  }
  if (lowered === context.email.toLowerCase() || lowered === context.email.split("@")[0]?.toLowerCase()) {
    throw new DomainError("WEAK_PASSWORD", "Your password must not be your email address.", { field: "password" });
  }
}
