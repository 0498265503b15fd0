import "server-only";
import { db, type DbTransaction } from "../db";
import type { Prisma } from "../generated/prisma/client";

// The user columns every signed-in request needs (sign-in, session refresh, the viewer).
export const viewerSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  emailVerifiedAt: true,
} as const;
export type Viewer = Prisma.UserGetPayload<{ select: typeof viewerSelect }>;

export function findUserForSignIn(email: string) {
  return db.user.findUnique({ where: { email }, select: { ...viewerSelect, passwordHash: true } });
}

export function findViewer(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: viewerSelect });
}

// By email, for the sign-up and password-reset jobs: whether the account exists, is the one a
// retried job created (same salted hash), or is disabled.
export function findUserByEmail(tx: DbTransaction, email: string) {
  return tx.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
}

export function createUser(tx: DbTransaction, data: { email: string; name: string; passwordHash: string }) {
  return tx.user.create({ data, select: { id: true, email: true, name: true } });
}

export async function markEmailVerified(tx: DbTransaction, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() }, select: { id: true } });
}

export async function setPasswordHash(tx: DbTransaction, userId: string, passwordHash: string): Promise<void> {
  await tx.user.update({
    where: { id: userId },
    data: { passwordHash, passwordChangedAt: new Date() },
    select: { id: true },
  });
}
