import "server-only";
import { db, type DbTransaction } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { literalLikePattern } from "../lib/like-pattern";
import { refusePrismaErrors } from "../repo-errors";
import type { ListCustomersInput } from "./customer-admin.schema";

const rowSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  emailVerifiedAt: true,
  disabledAt: true,
  createdAt: true,
  _count: { select: { orders: true } },
} satisfies Prisma.UserSelect;

export type CustomerRow = Prisma.UserGetPayload<{ select: typeof rowSelect }>;

function whereOf(input: ListCustomersInput): Prisma.UserWhereInput {
  return {
    ...(input.q
      ? {
          OR: [
            { email: { contains: literalLikePattern(input.q.toLowerCase()) } },
            { name: { contains: literalLikePattern(input.q), mode: "insensitive" } },
          ],
        }
      : {}),
    ...(input.role ? { role: input.role } : {}),
    ...(input.disabled === undefined ? {} : { disabledAt: input.disabled ? { not: null } : null }),
  };
}

export async function listCustomers(input: ListCustomersInput) {
  const where = whereOf(input);
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: rowSelect,
    }),
    db.user.count({ where }),
  ]);
  return { rows, total };
}

export function findCustomer(id: string) {
  return db.user.findUnique({
    where: { id },
    select: {
      ...rowSelect,
      orders: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 50,
        select: { id: true, number: true, status: true, totalCents: true, currency: true, createdAt: true },
      },
    },
  });
}

const refuseCustomerGone = refusePrismaErrors({ P2025: ["CUSTOMER_NOT_FOUND", "No such customer"] });

// Locks the user row, so the audit's "before" is what the change replaced.
export async function lockCustomer(tx: DbTransaction, id: string) {
  await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.user.findUnique({ where: { id }, select: { id: true, role: true, disabledAt: true } });
}

export function setRole(tx: DbTransaction, id: string, role: "USER" | "ADMIN") {
  return tx.user.update({ where: { id }, data: { role }, select: { id: true } }).catch(refuseCustomerGone);
}

export function setDisabledAt(tx: DbTransaction, id: string, disabledAt: Date | null) {
  return tx.user.update({ where: { id }, data: { disabledAt }, select: { id: true } }).catch(refuseCustomerGone);
}
