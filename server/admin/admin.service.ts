import "server-only";
import { DomainError } from "../lib/errors";
import { countOverview, findStaffMember } from "./admin.repo";
import type { AdminOverview } from "./admin.schema";

export function getOverview(): Promise<AdminOverview> {
  return countOverview();
}

export async function getStaffMember(userId: string) {
  const member = await findStaffMember(userId);
  if (!member) throw new DomainError("NOT_FOUND", "No such staff member");
  return member;
}
