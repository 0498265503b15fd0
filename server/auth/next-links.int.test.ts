// `next` survives into emailed links only as a same-site path: the sign-up confirmation and
// the password-reset link bring a person back where they were going, never to another host.
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createUser } from "../../tests/factories/user.factory";
import { anonymousCaller } from "../../tests/support/callers";
import { linkFrom, runDueJobs } from "../../tests/support/jobs";
import { openRedirectFamily } from "../../tests/support/open-redirects";

const offSite = [...openRedirectFamily, "//evil.example", "https://evil.example/checkout", "/\\evil.example"];

async function signUpLink(next: string) {
  const { caller } = await anonymousCaller();
  const email = `next-${crypto.randomUUID().slice(0, 8)}@shopfront.test`;
  await caller.auth.signUp({ email, name: "Nora Next", password: "lilac-umbrella-tango-31", next });
  return new URL(
    linkFrom(
      (await runDueJobs()).findLast((mail) => mail.to[0] === email),
      "/verify-email",
    ),
  );
}

async function resetLink(next: string) {
  const user = await createUser(db);
  const { caller } = await anonymousCaller();
  await caller.auth.requestPasswordReset({ email: user.email, next });
  return new URL(
    linkFrom(
      (await runDueJobs()).findLast((mail) => mail.to[0] === user.email),
      "/reset-password",
    ),
  );
}

describe.each([
  ["sign-up confirmation", signUpLink],
  ["password reset", resetLink],
])("%s link", (_name, emailedLink) => {
  it("carries a same-site next", async () => {
    const link = await emailedLink("/checkout?step=address");
    expect(link.origin).toBe("http://localhost:3000");
    expect(link.searchParams.get("next")).toBe("/checkout?step=address");
  });

  it.each(offSite)("drops %j", async (next) => {
    const link = await emailedLink(next);
    expect(link.origin).toBe("http://localhost:3000");
    expect(link.searchParams.has("next")).toBe(false);
  });
});
