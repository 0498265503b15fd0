import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createUser } from "../../tests/factories/user.factory";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { runDueJobs, tokenFrom } from "../../tests/support/jobs";

const newAccount = { email: "new@shopfront.test", name: "New Person", password: "lilac-umbrella-tango-31" };

describe("sign-up and email verification", () => {
  it("creates an unverified account in the worker and emails a single-use verification link", async () => {
    const { caller } = await anonymousCaller();
    expect(await caller.auth.signUp(newAccount)).toEqual({ accepted: true });
    expect(await db.user.count()).toBe(0);

    const [mail] = await runDueJobs();
    expect(mail).toMatchObject({ to: [newAccount.email], subject: "Confirm your email address" });
    expect(mail?.text).toContain("/verify-email?token=");
    const user = await db.user.findUniqueOrThrow({ where: { email: newAccount.email } });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const token = tokenFrom(mail, "/verify-email");
    expect(await db.emailToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await caller.auth.verifyEmail({ token })).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();

    const reuse = await trpcErrorOf(caller.auth.verifyEmail({ token }));
    expect(domainCodeOf(reuse)).toBe("INVALID_TOKEN");
  });

  it("answers an existing email exactly like a new one, and tells the owner instead of creating anything", async () => {
    const existing = await createUser(db, { email: "taken@shopfront.test" });
    const { caller } = await anonymousCaller();
    const forExisting = await caller.auth.signUp({ ...newAccount, email: existing.email });
    const forNew = await caller.auth.signUp(newAccount);
    expect(forExisting).toEqual(forNew);

    const mails = await runDueJobs();
    expect(mails.map((mail) => [mail.to[0], mail.subject]).sort()).toEqual([
      [newAccount.email, "Confirm your email address"],
      [existing.email, "You already have a Shopfront account"],
    ]);
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(unchanged.name).toBe(existing.name);
  });

  it.each(["password", "password123", "iloveyou1", "NEW@shopfront.test"])(
    "refuses the weak password %j and creates nothing",
    async (password) => {
      const { caller } = await anonymousCaller();
      const error = await trpcErrorOf(
        caller.auth.signUp({
          ...newAccount,
          password: password === "NEW@shopfront.test" ? newAccount.email : password,
        }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(await runDueJobs()).toEqual([]);
      expect(await db.user.count()).toBe(0);
    },
  );

  it("accepts 128 characters and refuses 129 and 7, without truncating", async () => {
    const { caller } = await anonymousCaller();
    expect((await trpcErrorOf(caller.auth.signUp({ ...newAccount, password: "a".repeat(129) }))).code).toBe(
      "BAD_REQUEST",
    );
    expect((await trpcErrorOf(caller.auth.signUp({ ...newAccount, password: "Ab3$xyz" }))).code).toBe("BAD_REQUEST");
    const long = `${"correct-horse-".repeat(9)}ab`;
    expect(long).toHaveLength(128);
    await caller.auth.signUp({ ...newAccount, password: long });
    await runDueJobs();
    await caller.auth.signIn({ email: newAccount.email, password: long });
    const truncated = await trpcErrorOf(caller.auth.signIn({ email: newAccount.email, password: long.slice(0, 72) }));
    expect(domainCodeOf(truncated)).toBe("INVALID_CREDENTIALS");
  });

  it("refuses a verification token used as a password-reset token and vice versa", async () => {
    const { caller } = await anonymousCaller();
    await caller.auth.signUp(newAccount);
    const [mail] = await runDueJobs();
    const token = tokenFrom(mail, "/verify-email");
    const error = await trpcErrorOf(caller.auth.resetPassword({ token, password: "another-long-password-9" }));
    expect(domainCodeOf(error)).toBe("INVALID_TOKEN");
  });

  it("lets an unverified shopper resend the link, and refuses once verified", async () => {
    const { caller, user } = await signedInCaller(db, { verified: false });
    await caller.account.resendVerification();
    const [mail] = await runDueJobs();
    expect(mail?.to).toEqual([user.email]);
    await caller.auth.verifyEmail({ token: tokenFrom(mail, "/verify-email") });
    expect(domainCodeOf(await trpcErrorOf(caller.account.resendVerification()))).toBe("EMAIL_ALREADY_VERIFIED");
  });
});
