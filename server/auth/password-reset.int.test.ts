import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createUser } from "../../tests/factories/user.factory";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { runDueJobs, tokenFrom } from "../../tests/support/jobs";

const newPassword = "marmalade-kettle-sunrise-8";

async function requestResetToken(email: string) {
  const { caller } = await anonymousCaller();
  await caller.auth.requestPasswordReset({ email });
  const mails = await runDueJobs();
  return tokenFrom(mails.at(-1), "/reset-password");
}

describe("password reset", () => {
  it("answers the same for known and unknown emails; only the owner gets mail", async () => {
    const user = await createUser(db);
    const { caller } = await anonymousCaller();
    const known = await caller.auth.requestPasswordReset({ email: user.email });
    const unknown = await caller.auth.requestPasswordReset({ email: "nobody@shopfront.test" });
    expect(known).toEqual(unknown);
    const mails = await runDueJobs();
    expect(mails.map((mail) => mail.to[0])).toEqual([user.email]);
    expect(mails[0]?.subject).toBe("Reset your password");
  });

  it("sets the new password, ends every session, and the link works once", async () => {
    const { caller: signedIn, user } = await signedInCaller(db);
    const token = await requestResetToken(user.email);
    const { caller } = await anonymousCaller();
    await caller.auth.resetPassword({ token, password: newPassword });

    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(
      (
        await trpcErrorOf(
          signedIn.account.changePassword({ currentPassword: newPassword, newPassword: "yet-another-password-77" }),
        )
      ).code,
    ).toBe("UNAUTHORIZED");
    await caller.auth.signIn({ email: user.email, password: newPassword });
    expect(domainCodeOf(await trpcErrorOf(caller.auth.signIn({ email: user.email, password: user.password })))).toBe(
      "INVALID_CREDENTIALS",
    );
    expect(
      domainCodeOf(await trpcErrorOf(caller.auth.resetPassword({ token, password: "one-more-password-55" }))),
    ).toBe("INVALID_TOKEN");
    const mails = await runDueJobs();
    expect(mails.at(-1)?.subject).toBe("Your password was changed");
  });

  it("refuses an expired link (1 hour) and changes nothing", async () => {
    const user = await createUser(db);
    const token = await requestResetToken(user.email);
    const stored = await db.emailToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeLessThanOrEqual(3_600_000);
    await db.emailToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const { caller } = await anonymousCaller();
    expect(domainCodeOf(await trpcErrorOf(caller.auth.resetPassword({ token, password: newPassword })))).toBe(
      "INVALID_TOKEN",
    );
    await caller.auth.signIn({ email: user.email, password: user.password });
  });

  it("voids outstanding links when the password changes", async () => {
    const { caller: signedIn, user } = await signedInCaller(db);
    const token = await requestResetToken(user.email);
    await signedIn.account.changePassword({ currentPassword: user.password, newPassword });
    const { caller } = await anonymousCaller();
    expect(
      domainCodeOf(await trpcErrorOf(caller.auth.resetPassword({ token, password: "attacker-chosen-password-1" }))),
    ).toBe("INVALID_TOKEN");
  });

  it("keeps the token only as a hash", async () => {
    const user = await createUser(db);
    const token = await requestResetToken(user.email);
    const stored = await db.emailToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.tokenHash).not.toContain(token);
  });
});
