// Worker-side halves of sign-up and password-reset requests (see job.schema.ts for why they
// are jobs). Each runs in one transaction with the emails it enqueues, so a retry after a
// crash either redoes everything or finds it done.
import "server-only";
import { db } from "../db";
import { passwordResetRequestPayload, signUpPayload } from "../jobs/job.schema";
import { createUser, findUserByEmail } from "./auth.repo";
import { enqueueAccountExistsEmail, enqueuePasswordResetEmail, enqueueVerificationEmail } from "./account-email";

export async function runSignUpJob(rawPayload: unknown): Promise<void> {
  const payload = signUpPayload.parse(rawPayload);
  await db.$transaction(async (tx) => {
    const existing = await findUserByEmail(tx, payload.email);
    // A salted hash equal to ours means this very job created the account before a retry.
    if (existing?.passwordHash === payload.passwordHash) return;
    if (existing) return enqueueAccountExistsEmail(tx, existing);
    const user = await createUser(tx, { email: payload.email, name: payload.name, passwordHash: payload.passwordHash });
    await enqueueVerificationEmail(tx, user, payload.next);
  });
}

export async function runPasswordResetRequestJob(rawPayload: unknown): Promise<void> {
  const payload = passwordResetRequestPayload.parse(rawPayload);
  await db.$transaction(async (tx) => {
    const user = await findUserByEmail(tx, payload.email);
    if (!user || user.disabledAt) return;
    await enqueuePasswordResetEmail(tx, user, payload.next);
  });
}
