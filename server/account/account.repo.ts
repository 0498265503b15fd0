import "server-only";
import { db } from "../db";
import { refusePrismaErrors } from "../repo-errors";

export function findProfile(userId: string) {
  return db.user.findFirst({
    where: { id: userId, disabledAt: null },
    select: { id: true, email: true, name: true, emailVerifiedAt: true, createdAt: true },
  });
}

export function findPasswordOwner(userId: string) {
  return db.user.findFirst({
    where: { id: userId, disabledAt: null },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
}

export async function updateName(userId: string, name: string): Promise<void> {
  await db.user
    .update({ where: { id: userId }, data: { name }, select: { id: true } })
    .catch(refusePrismaErrors({ P2025: ["ACCOUNT_NOT_FOUND", "Your account no longer exists"] }));
}
