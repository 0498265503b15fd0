// Staff view of accounts: lists, a customer with their orders, role changes and disabling.
// Both changes take effect at once: admin procedures and money paths check the account in
// the database on every call, and disabling revokes every session in the same transaction.
import "server-only";
import { db } from "../db";
import { recordAudit, type AdminActor } from "../audit/audit.service";
import { announceRevocations, countActiveSessions, revokeUserSessions } from "../auth/session.service";
import { DomainError } from "../lib/errors";
import * as customerAdminRepo from "./customer-admin.repo";
import type { CustomerDetail, ListCustomersInput } from "./customer-admin.schema";

function toRow(row: customerAdminRepo.CustomerRow) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    emailVerified: row.emailVerifiedAt !== null,
    disabledAt: row.disabledAt,
    orderCount: row._count.orders,
    createdAt: row.createdAt,
  };
}

export async function listCustomers(input: ListCustomersInput) {
  const { rows, total } = await customerAdminRepo.listCustomers(input);
  return { items: rows.map(toRow), total, page: input.page, pageSize: input.pageSize };
}

export async function getCustomer(id: string): Promise<CustomerDetail> {
  const [customer, activeSessions] = await Promise.all([customerAdminRepo.findCustomer(id), countActiveSessions(id)]);
  if (!customer) throw new DomainError("CUSTOMER_NOT_FOUND", "No such customer");
  return {
    ...toRow(customer),
    activeSessions,
    orders: customer.orders.map((order) => ({
      id: order.id,
      number: order.number,
      status: order.status,
      total: { amountCents: order.totalCents, currency: order.currency },
      placedAt: order.createdAt,
    })),
  };
}

export async function changeRole(actor: AdminActor, id: string, role: "USER" | "ADMIN"): Promise<CustomerDetail> {
  // Staff cannot lock themselves out, nor promote themselves by accident.
  if (id === actor.userId) throw new DomainError("CANNOT_CHANGE_OWN_ACCOUNT", "You can’t change your own role");
  await db.$transaction(async (tx) => {
    const before = await customerAdminRepo.lockCustomer(tx, id);
    if (!before) throw new DomainError("CUSTOMER_NOT_FOUND", "No such customer");
    if (before.role === role) return;
    await customerAdminRepo.setRole(tx, id, role);
    await recordAudit(tx, actor, {
      action: "user.changeRole",
      entityType: "user",
      entityId: id,
      before: { role: before.role },
      after: { role },
    });
  });
  return getCustomer(id);
}

export async function setDisabled(actor: AdminActor, id: string, disabled: boolean): Promise<CustomerDetail> {
  if (id === actor.userId) throw new DomainError("CANNOT_CHANGE_OWN_ACCOUNT", "You can’t disable your own account");
  const revoked = await db.$transaction(async (tx) => {
    const before = await customerAdminRepo.lockCustomer(tx, id);
    if (!before) throw new DomainError("CUSTOMER_NOT_FOUND", "No such customer");
    if ((before.disabledAt !== null) === disabled) return [];
    await customerAdminRepo.setDisabledAt(tx, id, disabled ? new Date() : null);
    const ended = disabled ? await revokeUserSessions(tx, id, "account disabled by staff") : [];
    await recordAudit(tx, actor, {
      action: disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: id,
      before: { disabledAt: before.disabledAt?.toISOString() ?? null },
      after: { disabledAt: disabled ? new Date().toISOString() : null, endedSessions: ended.length },
    });
    return ended;
  });
  await announceRevocations(revoked);
  return getCustomer(id);
}
