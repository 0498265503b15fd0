// The account-takeover path through captured mail, in every mode: an attacker asks for a
// password reset for the staff email, reads the link from the mail viewer, and sets a password.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { env } from "../env";
import { createUser } from "../../tests/factories/user.factory";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";
import { trpcErrorOf } from "../../tests/support/errors";
import { runDueJobs } from "../../tests/support/jobs";

const original = { NODE_ENV: env.NODE_ENV, MAIL_VIEWER_ENABLED: env.MAIL_VIEWER_ENABLED };
// env is parsed once per process; the viewer reads it on every call, so a test can play a
// production build with or without the variable.
function runAs(mode: Partial<typeof original>) {
  Object.assign(env, mode);
}
afterEach(() => runAs(original));

async function attackerTriesTakeover(staffEmail: string) {
  const { caller: attacker } = await anonymousCaller();
  await attacker.auth.requestPasswordReset({ email: staffEmail });
  await runDueJobs();
  const listed = await attacker.devMail.list().catch((error: unknown) => error);
  return { attacker, listed };
}

describe("captured-mail viewer", () => {
  it("production build without MAIL_VIEWER_ENABLED: nobody reads mail, staff included", async () => {
    runAs({ NODE_ENV: "production", MAIL_VIEWER_ENABLED: "false" });
    const staff = await signedInCaller(db, { role: "ADMIN" });
    const { listed } = await attackerTriesTakeover(staff.user.email);
    expect(listed).toMatchObject({ code: "NOT_FOUND" });
    expect((await trpcErrorOf(staff.caller.devMail.list())).code).toBe("NOT_FOUND");
  });

  it("production build with MAIL_VIEWER_ENABLED: staff only; the attacker and shoppers get NOT_FOUND", async () => {
    runAs({ NODE_ENV: "production", MAIL_VIEWER_ENABLED: "true" });
    const staff = await signedInCaller(db, { role: "ADMIN" });
    const { listed } = await attackerTriesTakeover(staff.user.email);
    expect(listed).toMatchObject({ code: "NOT_FOUND" });
    const shopper = await signedInCaller(db);
    expect((await trpcErrorOf(shopper.caller.devMail.list())).code).toBe("NOT_FOUND");

    const mails = await staff.caller.devMail.list();
    expect(mails.map((mail) => mail.subject)).toContain("Reset your password");
  });

  it("production build with MAIL_VIEWER_ENABLED: a demoted or signed-out staff token reads nothing", async () => {
    runAs({ NODE_ENV: "production", MAIL_VIEWER_ENABLED: "true" });
    const staff = await signedInCaller(db, { role: "ADMIN" });
    await db.session.update({ where: { id: staff.sessionId }, data: { revokedAt: new Date() } });
    expect((await trpcErrorOf(staff.caller.devMail.list())).code).toBe("NOT_FOUND");
  });

  it("development (next dev on a developer's machine): the local mailbox is open", async () => {
    runAs({ NODE_ENV: "development" });
    const user = await createUser(db);
    const { listed } = await attackerTriesTakeover(user.email);
    expect(Array.isArray(listed)).toBe(true);
  });

  it("the whole path an attacker walked no longer ends signed in as staff", async () => {
    runAs({ NODE_ENV: "production", MAIL_VIEWER_ENABLED: "true" });
    const staff = await createUser(db, { role: "ADMIN" });
    const { attacker, listed } = await attackerTriesTakeover(staff.email);
    expect(listed).toMatchObject({ code: "NOT_FOUND" });
    // Without the link, guessing a token is all that is left; it fails and nothing changes.
    await expect(
      attacker.auth.resetPassword({ token: "x".repeat(43), password: "attacker-chosen-password-1" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await attacker.auth.signIn({ email: staff.email, password: staff.password });
  });
});
