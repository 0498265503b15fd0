import "server-only";
import { countOverview } from "./admin.repo";
import type { AdminOverview } from "./admin.schema";

export function getOverview(): Promise<AdminOverview> {
  return countOverview();
}
