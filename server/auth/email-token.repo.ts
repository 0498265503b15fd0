// Single-use email tokens (verification, password reset), stored only as SHA-256 hashes.
import "server-only";
import type { DbTransaction } from "../db";
import type { EmailTokenPurpose } from "../generated/prisma/client";
import { newOpaqueToken, sha256Hex } from "./opaque-token";

export async function createEmailToken(
  tx: DbTransaction,
  input: { userId: string; purpose: EmailTokenPurpose; ttlMs: number },
): Promise<string> {
  const token = newOpaqueToken();
  await tx.emailToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      tokenHash: sha256Hex(token),
      expiresAt: new Date(Date.now() + input.ttlMs),
    },
  });
  return token;
}

// Marks the token used and returns its user, or null if it is unknown, used, expired or of
// another purpose. A conditional update, so two concurrent uses cannot both succeed.
export async function consumeEmailToken(tx: DbTransaction, token: string, purpose: EmailTokenPurpose) {
  const tokenHash = sha256Hex(token);
  const used = await tx.emailToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (used.count !== 1) return null;
  return tx.emailToken.findUniqueOrThrow({
    where: { tokenHash },
    select: { user: { select: { id: true, email: true, name: true, disabledAt: true } } },
  });
}

// After a password change no earlier reset or verification link may be used.
export async function voidOutstandingEmailTokens(tx: DbTransaction, userId: string): Promise<void> {
  await tx.emailToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
}
