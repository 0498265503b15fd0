import "server-only";
import { db } from "../db";

const viewerSelect = { id: true, email: true, name: true, role: true, disabledAt: true, emailVerifiedAt: true } as const;

export function findUserForSignIn(email: string) {
  return db.user.findUnique({ where: { email }, select: { ...viewerSelect, passwordHash: true } });
}

export function findViewer(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: viewerSelect });
}
